import { cooperatively } from '../../src/export/cooperatively.js';

describe('When steps are run cooperatively', () => {
  test('the result is what the steps return', async () => {
    function* steps() {
      yield;
      yield;
      return 42;
    }
    await expect(cooperatively(steps())).resolves.toBe(42);
  });

  test('work waiting on the event loop runs between two steps', async () => {
    const events: string[] = [];
    setImmediate(() => events.push('another request'));
    function* steps() {
      events.push('step 1');
      yield;
      events.push('step 2');
    }
    await cooperatively(steps());
    expect(events).toEqual(['step 1', 'another request', 'step 2']);
  });

  test('a step that throws rejects, and no later step runs', async () => {
    const events: string[] = [];
    function* steps() {
      events.push('step 1');
      yield;
      throw new Error('broken');
    }
    await expect(cooperatively(steps())).rejects.toThrow('broken');
    expect(events).toEqual(['step 1']);
  });
});
