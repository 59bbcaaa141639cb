// Helpers shared by the pairing interop scripts: run our C++ pairing_tool once per request
// (one JSON object in, one out) and fail loudly (non-zero exit) on any error or disagreement.
import { spawnSync } from 'node:child_process'
import libsignalCurve from 'libsignal/src/curve.js'

export function fail(message) {
	console.error(`INTEROP FAILURE: ${message}`)
	process.exit(1)
}

export function check(condition, message) {
	if (!condition) fail(message)
}

export const hex = (bytes) => Buffer.from(bytes).toString('hex')
export const unhex = (text) => Buffer.from(text, 'hex')

export function makeTool(binary) {
	return (request) => {
		const run = spawnSync(binary, [], { input: JSON.stringify(request), encoding: 'utf8', timeout: 30000 })
		if (run.error) fail(`cannot run pairing_tool: ${run.error.message}`)
		if (run.status !== 0) fail(`pairing_tool ${request.op} exited with ${run.status}: ${run.stderr}`)
		try {
			return JSON.parse(run.stdout)
		} catch {
			fail(`pairing_tool printed non-JSON: ${run.stdout}`)
		}
	}
}

// Baileys' Curve.verify (rc14) answers true for any 64-byte signature: libsignal's
// verifySignature RETURNS false and Curve.verify only catches throws. Check with libsignal.
export const strictVerify = (pub, message, signature) =>
	libsignalCurve.verifySignature(Buffer.concat([Buffer.from([5]), pub]), message, signature) === true

export async function runMain(body) {
	try {
		await body()
		console.log('ok')
	} catch (error) {
		fail(error?.stack || String(error))
	}
}
