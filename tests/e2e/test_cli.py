"""The executables as a user meets them: --help/--version, clear errors and exit codes for bad
flags, bad environment and a busy port; the GUI executable starting (offscreen) and both
stopping cleanly on SIGTERM."""
import os
import socket
import subprocess
import sys
import tempfile

from wamulti_e2e import Server, request


def run(cmd, env=None, timeout=30):
    e = dict(os.environ)
    e.update({"WAMULTI_KEYCHAIN": "off", "XDG_RUNTIME_DIR": e.get("XDG_RUNTIME_DIR") or tempfile.mkdtemp()})
    e.update(env or {})
    return subprocess.run(cmd, capture_output=True, text=True, env=e, timeout=timeout)


def main(server_bin, gui_bin):
    for binary in filter(None, [server_bin, gui_bin]):
        r = run([binary, "--help"])
        assert r.returncode == 0 and "--port" in r.stdout and "--data-dir" in r.stdout, r
        assert ("--headless" in r.stdout) == (binary == gui_bin), "only wamulti offers --headless"
        r = run([binary, "--version"])
        assert r.returncode == 0 and r.stdout.startswith("WaMulti "), r
        r = run([binary, "--no-such-flag"])
        assert r.returncode == 2 and "no-such-flag" in r.stderr, r
        data = tempfile.mkdtemp()
        r = run([binary, "--data-dir", data], env={"PORT": "99999"})
        assert r.returncode == 2 and "port" in r.stderr, r
        r = run([binary, "--data-dir", data], env={"JWT_EXPIRATION": "soon"})
        assert r.returncode == 2 and "JWT_EXPIRATION" in r.stderr, r
        r = run([binary, "--data-dir", data], env={"DATABASE_PROVIDER": "mongodb"})
        assert r.returncode == 2 and "mongodb" in r.stderr, r

    # A busy port: exit 1, naming the way out.
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = run([server_bin, "--data-dir", tempfile.mkdtemp(), "--port", str(port)], env={"WAMULTI_FAST_HASH": "1"})
        assert r.returncode == 1 and "--port" in r.stderr, r

    # The banner: API URL, the generated admin password shown once, how to log in.
    server = Server(server_bin, extra_env={"ADMIN_PASSWORD": ""})
    server.start()
    assert server.stop() == 0
    banner = open(os.path.join(server.data_dir, "server.log")).read()
    assert f"http://127.0.0.1:{server.port}/api" in banner and "shown ONCE" in banner and "/api/auth/login" in banner, banner
    password = [l.split()[-1] for l in banner.splitlines() if l.strip().startswith("password:")][0]
    server.start()
    status, _ = request(server.url, "POST", "/api/auth/login", {"email": "admin@example.com", "password": password})
    assert status == 200, "the printed password does not log in"
    assert server.stop() == 0
    assert open(os.path.join(server.data_dir, "server.log")).read().count("shown ONCE") == 1, "password shown twice"

    if gui_bin:
        gui = Server(gui_bin, extra_env={"QT_QPA_PLATFORM": "offscreen"})
        gui.start()
        status, body = request(gui.url, "GET", "/api/health")
        assert status == 200 and body["status"] == "ok"
        assert gui.stop() == 0, "the GUI executable did not stop cleanly on SIGTERM"
    print("cli: help, version, errors, busy port, banner and clean shutdown OK")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
