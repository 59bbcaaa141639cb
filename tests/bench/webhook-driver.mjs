// Load and measurement for tests/bench/webhook-bench.sh, against one target (WaMulti or the peer):
// this process is both the webhook receiver (node:http, verifies every signature) and the client
// that produces the events through the target's API (POST .../webhooks/test).
//
//   node webhook-driver.mjs <target base URL> <api key> <server pid> [backlog] [rate] [seconds] [instances]
//
// Phase 1, sustained throughput: the receiver holds every request, `backlog` events are queued
// across `instances` instances, then the receiver lets go and answers 200 at once; deliveries/s
// = backlog / (last arrival - release).
// Phase 2, latency: events are produced at `rate` per second for `seconds` (open loop: request i
// is due at t0 + i/rate and is timed from then). Three latencies: end to end (the receiver
// writing its 2xx minus the time the request was due: the API call that commits the event plus
// its delivery), the API part alone (due -> the API's answer, sent after the commit), and fact ->
// 2xx (the receiver's 2xx minus the payload's timestamp, which the sender takes just before it
// records the event: the commit -> 2xx figure, in whole milliseconds). One JSON line of figures.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const [base, apiKey, pidText, backlogText, rateText, secondsText, instancesText] = process.argv.slice(2);
const backlog = Number(backlogText || 20000);
const rate = Number(rateText || 1000);
const seconds = Number(secondsText || 10);
const instanceCount = Number(instancesText || 10);
const secret = 'bench-webhook-secret-0123456789';
const now = () => performance.timeOrigin + performance.now(); // ms, sub-microsecond resolution

// CPU time (user + system, all threads) of the server process, in ms.
function cpuMs() {
    const fields = fs.readFileSync(`/proc/${pidText}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (CLK_TCK 100)
}

// ---- receiver ------------------------------------------------------------------------------
let holding = false;
let measureStamps = false;
const held = [];
const arrivals = new Map(); // X-Webhook-Id -> time the 2xx was written
const stamps = new Map(); // X-Webhook-Id -> the payload's "timestamp": when the fact was recorded (ms)
let requests = 0;
let badSignatures = 0;
const receiver = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        requests += 1;
        const body = Buffer.concat(chunks);
        const expected = crypto.createHmac('sha256', secret).update(body).digest('hex');
        if (req.headers['x-webhook-signature'] !== expected)
            badSignatures += 1;
        const answer = () => {
            res.writeHead(200, { 'Content-Length': 0 });
            res.end();
            arrivals.set(req.headers['x-webhook-id'], now());
        };
        if (measureStamps)
            stamps.set(req.headers['x-webhook-id'], Date.parse(JSON.parse(body).timestamp));
        if (holding)
            held.push(answer);
        else
            answer();
    });
});
receiver.keepAliveTimeout = 120000;
await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
const hook = `http://127.0.0.1:${receiver.address().port}/hook`;

// ---- client --------------------------------------------------------------------------------
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
function call(method, path, body) {
    return new Promise((resolve, reject) => {
        const data = Buffer.from(JSON.stringify(body || {}));
        const req = http.request(base + path, { method, agent, headers: { 'x-api-key': apiKey, 'Content-Type': 'application/json',
                                                                     'Content-Length': data.length } }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks) || '{}') }));
        });
        req.on('error', reject);
        req.end(data);
    });
}

const ids = [];
for (let i = 0; i < instanceCount; ++i) {
    const r = await call('POST', '/api/instances', { name: `bench-${i}`, webhookUrl: hook, webhookEnabled: true,
                                                     webhookSecret: secret, maxRetries: 10, retryInterval: 1000 });
    if (r.status !== 201)
        throw new Error(`creating an instance failed: ${r.status} ${JSON.stringify(r.body)}`);
    ids.push(r.body.id);
}
async function produce(i) {
    const r = await call('POST', `/api/instances/${ids[i % ids.length]}/webhooks/test`);
    if (r.status !== 202)
        throw new Error(`test event refused: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.deliveryId;
}
async function waitFor(predicate, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
        if (Date.now() > deadline)
            return false;
        await new Promise((r) => setTimeout(r, 5));
    }
    return true;
}
function percentile(sorted, p) {
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// ---- phase 1: drain a backlog --------------------------------------------------------------
holding = true;
const queued = [];
for (let i = 0; i < backlog; i += 64) // 64 requests in flight at a time
    queued.push(...(await Promise.all(Array.from({ length: Math.min(64, backlog - i) }, (_, k) => produce(i + k)))));
const cpu0 = cpuMs();
const released = now();
holding = false;
for (const answer of held.splice(0))
    answer();
const drained = await waitFor(() => queued.every((id) => arrivals.has(id)), 300000);
const lastArrival = Math.max(...queued.map((id) => arrivals.get(id) ?? 0));
const drainMs = lastArrival - released;
const cpu1 = cpuMs();

// ---- phase 2: latency at a fixed rate ------------------------------------------------------
arrivals.clear();
measureStamps = true;
const total = rate * seconds;
const due = new Map();
const acked = new Map(); // id -> when the API answered (after the commit)
const t0 = now() + 50;
const pending = [];
for (let i = 0; i < total; ++i) {
    const at = t0 + (i * 1000) / rate;
    const wait = at - now();
    if (wait > 1)
        await new Promise((r) => setTimeout(r, wait));
    pending.push(produce(i).then((id) => {
        due.set(id, at);
        acked.set(id, now());
    }));
}
await Promise.all(pending);
const produced = now() - t0;
const arrived = await waitFor(() => [...due.keys()].every((id) => arrivals.has(id)), 120000);
const latencies = [...due.entries()].filter(([id]) => arrivals.has(id)).map(([id, at]) => arrivals.get(id) - at).sort((a, b) => a - b);
// The two parts: producing (due -> the API's answer, i.e. after the commit) and delivering (the
// answer -> the receiver's 2xx; can be slightly negative: delivery may beat the answer to the client).
const apiPart = [...due.entries()].map(([id, at]) => acked.get(id) - at).sort((a, b) => a - b);
const deliveryPart = [...due.keys()].filter((id) => arrivals.has(id)).map((id) => arrivals.get(id) - acked.get(id)).sort((a, b) => a - b);
// From the fact being recorded (the payload's timestamp, taken just before the commit; whole
// milliseconds) to the receiver's 2xx: the dispatcher's own latency.
const factPart = [...due.keys()].filter((id) => arrivals.has(id)).map((id) => arrivals.get(id) - stamps.get(id)).sort((a, b) => a - b);

console.log(JSON.stringify({
    backlog, drained, drainMs: Math.round(drainMs), deliveriesPerSec: Math.round((backlog / drainMs) * 1000),
    serverCpuUsPerDelivery: Math.round(((cpu1 - cpu0) * 1000) / backlog),
    rate, seconds, producedInMs: Math.round(produced), arrived, received: latencies.length,
    p50Ms: +percentile(latencies, 50).toFixed(2), p99Ms: +percentile(latencies, 99).toFixed(2),
    maxMs: +latencies[latencies.length - 1].toFixed(2),
    apiP50Ms: +percentile(apiPart, 50).toFixed(2), apiP99Ms: +percentile(apiPart, 99).toFixed(2),
    deliveryP50Ms: +percentile(deliveryPart, 50).toFixed(2), deliveryP99Ms: +percentile(deliveryPart, 99).toFixed(2),
    factP50Ms: +percentile(factPart, 50).toFixed(1), factP99Ms: +percentile(factPart, 99).toFixed(1),
    requests, badSignatures,
}));
agent.destroy();
receiver.close();
process.exit(0);
