import { nodeVersionProblem } from '../src/node-version.js';

describe('When an entry point starts on a Node version', () => {
  test('Node 24 and later start', () => {
    expect(nodeVersionProblem('v24.21.0')).toBeNull();
    expect(nodeVersionProblem('v26.0.0')).toBeNull();
  });

  test('Node 20 stops with one Swedish line naming the version and the way out', () => {
    const problem = nodeVersionProblem('v20.20.2');
    expect(problem).toContain('Node.js 24');
    expect(problem).toContain('v20.20.2');
    expect(problem).toContain('npm install');
  });

  test('a version that cannot be read is not taken for a good one', () => {
    expect(nodeVersionProblem('okänd')).not.toBeNull();
  });
});
