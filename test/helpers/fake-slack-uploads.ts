/**
 * The fake Slack's side of files upload v2 (what `client.files.uploadV2` does):
 * 1. files.getUploadURLExternal(filename, length) → an upload_url on the fake server and a file_id;
 * 2. the bytes are POSTed to upload_url (the WebClient sends them as multipart/form-data; the file part is kept
 *    byte for byte here);
 * 3. files.completeUploadExternal(files=[{id,title}], channel_id, initial_comment) shares them in the channel.
 * Only completed uploads count as posted files.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Json } from './fake-slack.js';

export interface FakeUpload {
  fileId: string;
  filename: string;
  /** The length announced in getUploadURLExternal. */
  length: number;
  /** The bytes POSTed to the upload URL; null until then. */
  bytes: Uint8Array | null;
  completed: boolean;
  /** Every byte POST to this upload's URL is refused with HTTP 500 (retries included). */
  refusePosts: boolean;
  channel?: string;
  title?: string;
  initialComment?: string;
}

export interface FakeUploads {
  all: FakeUpload[];
  /** Uploads that went through all three steps, in order. */
  completed(): FakeUpload[];
  /** The next upload's URL refuses its bytes with HTTP 500, every attempt. */
  failNextUpload(): void;
  /** Answers a Web API method of the v2 flow; undefined for any other method. */
  api(method: string, body: Json): Json | undefined;
  /** Takes a POST to /upload/…; false when the request is not one. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean>;
}

export function fakeUploads(origin: () => string): FakeUploads {
  const all: FakeUpload[] = [];
  let failUploads = 0;
  let counter = 0;
  return {
    all,
    completed: () => all.filter((u) => u.completed),
    failNextUpload() {
      failUploads += 1;
    },
    api(method, body) {
      if (method === 'files.getUploadURLExternal') {
        if (!body.filename || !Number(body.length)) return { ok: false, error: 'invalid_arguments' };
        const fileId = `F${String(++counter).padStart(8, '0')}`;
        const refusePosts = failUploads > 0;
        if (refusePosts) failUploads -= 1;
        all.push({
          fileId,
          filename: body.filename,
          length: Number(body.length),
          bytes: null,
          completed: false,
          refusePosts,
        });
        return { ok: true, upload_url: `${origin()}/upload/${fileId}`, file_id: fileId };
      }
      if (method === 'files.completeUploadExternal') {
        const files: Array<{ id: string; title?: string }> =
          typeof body.files === 'string' ? JSON.parse(body.files) : body.files;
        const uploads = files.map((f) => all.find((u) => u.fileId === f.id));
        // Slack refuses to complete a file whose bytes never arrived.
        if (uploads.some((u) => !u || u.bytes === null)) return { ok: false, error: 'file_not_found' };
        uploads.forEach((u, i) => {
          if (!u) return;
          u.completed = true;
          u.channel = body.channel_id;
          u.title = files[i].title;
          u.initialComment = body.initial_comment;
        });
        return { ok: true, files: uploads.map((u) => ({ id: u?.fileId, name: u?.filename, title: u?.title })) };
      }
      return undefined;
    },
    async serve(req, res, pathname) {
      if (req.method !== 'POST' || !pathname.startsWith('/upload/')) return false;
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const upload = all.find((u) => u.fileId === pathname.slice('/upload/'.length));
      const bytes = fileBytes(Buffer.concat(chunks), req.headers['content-type']);
      if (!upload || upload.refusePosts || bytes === null) {
        res.writeHead(upload?.refusePosts ? 500 : 400, { 'content-type': 'text/plain' });
        res.end('upload failed');
        return true;
      }
      upload.bytes = new Uint8Array(bytes);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`OK - ${upload.bytes.length}`);
      return true;
    },
  };
}

/**
 * The file's bytes from an upload POST: the file part of a multipart/form-data body (what the WebClient sends),
 * or the raw body for any other content type. Null when a multipart body has no boundary or no file part.
 */
function fileBytes(body: Buffer, contentType: string | undefined): Buffer | null {
  if (!contentType?.startsWith('multipart/form-data')) return body;
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return null;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) return null;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // between "--b\r\n" and "\r\n--b"
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0 && /filename=|name="(?:body|file)"/.test(part.subarray(0, headerEnd).toString('utf8'))) {
      return part.subarray(headerEnd + 4);
    }
    start = next;
  }
  return null;
}
