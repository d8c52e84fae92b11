// Child process: the physical limit, a bare node:http server answering every request with the same bytes as route A.
import http from 'node:http';
import { serveCommands } from '../lib/child.mjs';

let body = Buffer.alloc(0);
let headers = {};

const server = http.createServer((request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

serveCommands(
  {
    /** The bytes and headers to answer with (route A's, given by the parent). */
    async setBody({ text, contentType, etag }) {
      body = Buffer.from(text, 'utf8');
      headers = { 'Content-Type': contentType, 'Content-Length': body.length, ETag: etag };
      return { bytes: body.length };
    },
  },
  () => new Promise((resolve) => server.close(resolve))
);

process.send({ ready: true, port: server.address().port, pid: process.pid });
