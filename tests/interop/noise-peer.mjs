// Helpers shared by the noise/xeddsa interop scripts: spawn our C++ noise_tool and exchange
// JSON lines with it, failing loudly (non-zero exit) on any error, timeout or disagreement.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

export function fail(message) {
	console.error(`INTEROP FAILURE: ${message}`)
	process.exit(1)
}

export function check(condition, message) {
	if (!condition) fail(message)
}

export function hex(bytes) {
	return Buffer.from(bytes).toString('hex')
}

// A silent logger with the shape Baileys expects (pino-like, with child()).
export const silentLogger = {
	level: 'silent',
	child() { return silentLogger },
	trace() {}, debug() {}, info() {}, warn() {}, error() {}, fatal() {}
}

export class Tool {
	constructor(binary, args) {
		this.proc = spawn(binary, args, { stdio: ['pipe', 'pipe', 'inherit'] })
		this.queue = []
		this.waiters = []
		this.exited = false
		this.proc.on('exit', (code) => {
			this.exited = true
			this.exitCode = code
			for (const w of this.waiters.splice(0)) w.reject(new Error(`noise_tool exited with code ${code}`))
		})
		createInterface({ input: this.proc.stdout }).on('line', (line) => {
			let msg
			try { msg = JSON.parse(line) } catch { fail(`noise_tool printed non-JSON: ${line}`) }
			if (msg.event === 'error') fail(`noise_tool reported: ${msg.message}`)
			const waiter = this.waiters.shift()
			if (waiter) waiter.resolve(msg)
			else this.queue.push(msg)
		})
	}

	send(obj) {
		this.proc.stdin.write(JSON.stringify(obj) + '\n')
	}

	next(timeoutMs = 10000) {
		if (this.queue.length) return Promise.resolve(this.queue.shift())
		if (this.exited) return Promise.reject(new Error(`noise_tool exited with code ${this.exitCode}`))
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('timed out waiting for noise_tool')), timeoutMs)
			this.waiters.push({
				resolve: (m) => { clearTimeout(timer); resolve(m) },
				reject: (e) => { clearTimeout(timer); reject(e) }
			})
		})
	}

	async expect(event) {
		const msg = await this.next()
		check(msg.event === event, `expected event '${event}', got ${JSON.stringify(msg)}`)
		return msg
	}

	async close() {
		this.proc.stdin.end()
		if (!this.exited) await new Promise((resolve) => this.proc.on('exit', resolve))
		check(this.exitCode === 0, `noise_tool exit code ${this.exitCode}`)
	}
}

// Splits bytes into pseudo-random chunks (fixed seed) so the C++ decoder sees frames split
// over and packed into "socket reads" in many ways.
export function chunks(bytes, seed = 7) {
	const out = []
	let state = seed
	for (let i = 0; i < bytes.length;) {
		state = (state * 1103515245 + 12345) & 0x7fffffff
		const size = 1 + (state % 40)
		out.push(bytes.subarray(i, i + size))
		i += size
	}
	return out
}

export function runMain(main) {
	const timer = setTimeout(() => fail('script timed out'), 60000)
	main().then(() => { clearTimeout(timer); console.log('OK') }, (e) => fail(e.stack || String(e)))
}
