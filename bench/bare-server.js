'use strict';
/**
 * The limit: a bare node:http server answering every request with the same bytes and headers as
 * the cached assembled article. Started by bench/run.js; prints its port when listening.
 */
const http = require('http');
const fs = require('fs');

const [bodyFile, headersJson] = process.argv.slice(2);
const body = fs.readFileSync(bodyFile);
const headers = { ...JSON.parse(headersJson), 'Content-Length': body.length };

const server = http.createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
