// The peer for tests/bench/webhook-bench.sh: a minimal Node.js webhook sender written the way the
// Node servers of competing products deliver webhooks (an in-process queue, node:http with a
// keep-alive agent, HMAC-SHA256 of the body, exponential backoff with jitter, nothing persisted).
// It follows the same rules as WaMulti's dispatcher so that the comparison is about the
// implementation, not the semantics: events of one instance in order, one request in flight per
// instance, at most 6 sockets per receiver, 2xx = delivered, the same headers and payload shape.
// What it does not do is WaMulti's point: it keeps nothing on disk, so a crash loses its queue.
//
// API (only what the benchmark needs, same paths and bodies as WaMulti's):
//   POST /api/instances                      {name, webhookUrl, webhookSecret, maxRetries, retryInterval}
//   POST /api/instances/:id/webhooks/test    -> 202 {deliveryId, event}
//   usage: node webhook-peer.mjs <port>
import crypto from 'node:crypto';
import http from 'node:http';

const port = Number(process.argv[2] || 0);
const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
const instances = new Map(); // id -> {url, secret, maxRetries, retryInterval, queue: [], busy}

function send(inst, event) {
    return new Promise((resolve) => {
        const headers = {
            'Content-Type': 'application/json',
            'Content-Length': event.body.length,
            'User-Agent': 'node-webhook-peer',
            'X-Webhook-Id': event.id,
            'X-Webhook-Event': event.event,
            'X-Webhook-Timestamp': String(Math.floor(Date.now() / 1000)),
            'X-Webhook-Attempt': String(event.attempts + 1),
        };
        if (inst.secret)
            headers['X-Webhook-Signature'] = crypto.createHmac('sha256', inst.secret).update(event.body).digest('hex');
        const req = http.request(inst.url, { method: 'POST', agent, headers, timeout: 120000 }, (res) => {
            res.resume(); // discard the body
            res.on('end', () => resolve(res.statusCode >= 200 && res.statusCode < 300));
        });
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', () => resolve(false));
        req.end(event.body);
    });
}

async function drain(inst) {
    if (inst.busy)
        return;
    inst.busy = true;
    while (inst.queue.length > 0) {
        const event = inst.queue[0];
        const ok = await send(inst, event);
        event.attempts += 1;
        if (ok || event.attempts > inst.maxRetries) {
            inst.queue.shift();
            continue;
        }
        const delay = Math.min(inst.retryInterval * 2 ** (event.attempts - 1), 3600000) * (0.8 + 0.4 * Math.random());
        await new Promise((r) => setTimeout(r, delay));
    }
    inst.busy = false;
}

function json(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
}

const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        let body = {};
        try {
            body = chunks.length ? JSON.parse(Buffer.concat(chunks)) : {};
        } catch {
            return json(res, 400, { error: 'invalid_json', message: 'body is not JSON' });
        }
        if (req.method === 'POST' && req.url === '/api/instances') {
            const id = crypto.randomBytes(12).toString('hex');
            instances.set(id, { url: body.webhookUrl, secret: body.webhookSecret || '', maxRetries: body.maxRetries ?? 3,
                                retryInterval: body.retryInterval ?? 60000, queue: [], busy: false });
            return json(res, 201, { id, name: body.name });
        }
        const m = /^\/api\/instances\/([0-9a-f]+)\/webhooks\/test$/.exec(req.url);
        const inst = m && instances.get(m[1]);
        if (req.method === 'POST' && inst) {
            const id = crypto.randomBytes(12).toString('hex');
            const payload = { event: 'webhook_test', data: { instanceId: m[1], message: 'Test event from WaMulti', test: true },
                              timestamp: new Date().toISOString() };
            inst.queue.push({ id, event: 'webhook_test', body: Buffer.from(JSON.stringify(payload)), attempts: 0 });
            drain(inst);
            return json(res, 202, { success: true, deliveryId: id, event: 'webhook_test' });
        }
        json(res, 404, { error: 'not_found', message: `no route for ${req.method} ${req.url}` });
    });
});
server.keepAliveTimeout = 60000;
server.listen(port, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
