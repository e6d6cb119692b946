//! A real headless Chromium for the tests of the activity page: what a visitor sees can only
//! be checked in a browser that runs the page's scripts, lays it out and paints it, so the
//! tests drive Debian's `chromium` through `chromedriver` with the W3C WebDriver protocol.
//!
//! Everything here is blocking and std-only: a tiny HTTP/1.1 client over `TcpStream` for the
//! WebDriver calls, a base64 decoder for the screenshots, and a PNG decoder (with
//! `miniz_oxide` for the zlib stream) so a test can look at the pixels, e.g. to assert that
//! the page is not blank. Failures panic with a message saying what went wrong.
//!
//! The tests need `chromium` and `chromium-driver` installed (CI installs them); without
//! them [`Browser::start`] panics rather than skipping, so a missing browser is noticed.
#![allow(dead_code)]

use serde_json::{Value, json};
use std::collections::HashSet;
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long chromedriver may take to answer `/status` with `ready` after it starts.
const STARTUP: Duration = Duration::from_secs(20);
/// The read and write timeout of one WebDriver call; longer than the page-load and script
/// timeouts given to the session, so that those are reported by chromedriver itself.
const CALL_TIMEOUT: Duration = Duration::from_secs(60);
/// The session's page-load and script timeouts, in milliseconds.
const PAGE_TIMEOUT_MS: u64 = 30_000;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The browser's command-line switches besides `--user-data-dir`. `--no-sandbox` because the
/// tests may run as root (in containers), where Chromium refuses to start with its sandbox.
const ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1200,1600",
];

/// The program at `default`, or else `name` found on `PATH`.
fn find(default: &str, name: &str) -> Option<PathBuf> {
    let default = Path::new(default);
    if default.is_file() {
        return Some(default.to_path_buf());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file())
}

fn chromium() -> Option<PathBuf> {
    find(CHROMIUM, "chromium")
}

fn chromedriver() -> Option<PathBuf> {
    find(CHROMEDRIVER, "chromedriver")
}

/// Whether Chromium (`/usr/bin/chromium` or `chromium` on `PATH`) and chromedriver are installed.
pub fn available() -> bool {
    chromium().is_some() && chromedriver().is_some()
}

/// A headless Chromium with one WebDriver session, through its own chromedriver on a free
/// port of 127.0.0.1 and with a fresh profile. Dropping it ends the session (which closes the
/// browser), stops chromedriver and removes the profile.
pub struct Browser {
    port: u16,
    session: String,
    /// The browser's process id as chromedriver reports it, to kill it should ending the
    /// session fail.
    browser_pid: Option<u32>,
    // Dropped in this order after `Drop::drop`: chromedriver, then the profile directory.
    driver: Driver,
    _profile: tempfile::TempDir,
}

/// The chromedriver process, killed when dropped (also when `Browser::start` fails half-way).
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Browser {
    /// Starts chromedriver and opens a session with a new headless Chromium showing a blank
    /// page, in a window of 1200×1600 pixels (a viewport, and so screenshots, of 1200×1461:
    /// the window size includes the room of the browser's own bars, even when headless).
    pub fn start() -> Browser {
        let (Some(chromium), Some(chromedriver)) = (chromium(), chromedriver()) else {
            panic!(
                "the browser tests need Chromium and ChromeDriver: install `chromium` and `chromium-driver` \
                 (apt-get install chromium chromium-driver), which provide {CHROMIUM} and {CHROMEDRIVER}"
            );
        };
        // Another process may take the free port between our look and chromedriver's bind:
        // then chromedriver exits at once, and another port is tried.
        let mut attempts = 0;
        let (port, driver) = loop {
            attempts += 1;
            let port = free_port();
            let child = Command::new(&chromedriver)
                .arg(format!("--port={port}"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromedriver.display()));
            let mut driver = Driver(child);
            match wait_ready(port, &mut driver) {
                Ok(()) => break (port, driver),
                Err(e) if attempts < 3 => eprintln!("chromedriver on port {port}: {e}; trying another port"),
                Err(e) => panic!("chromedriver on port {port}: {e}"),
            }
        };
        let profile = tempfile::Builder::new().prefix("chromium-profile-").tempdir().expect("a temporary profile directory");
        let mut args: Vec<String> = ARGS.iter().map(|a| (*a).to_owned()).collect();
        args.push(format!("--user-data-dir={}", profile.path().display()));
        let capabilities = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "pageLoadStrategy": "normal",
                    "timeouts": { "pageLoad": PAGE_TIMEOUT_MS, "script": PAGE_TIMEOUT_MS },
                    "goog:chromeOptions": { "binary": chromium, "args": args },
                }
            }
        });
        let created = call(port, "POST", "/session", Some(&capabilities));
        let session = created["sessionId"].as_str().unwrap_or_else(|| panic!("POST /session: no session id in {created}")).to_owned();
        let browser_pid = created["capabilities"]["goog:processID"].as_u64().and_then(|p| u32::try_from(p).ok());
        Browser { port, session, browser_pid, driver, _profile: profile }
    }

    /// The port chromedriver listens on (127.0.0.1), for WebDriver calls not wrapped here.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The WebDriver session id.
    pub fn session(&self) -> &str {
        &self.session
    }

    /// A WebDriver call in this session: `path` is relative to `/session/{id}` (e.g.
    /// `"/url"`); returns the response's `value`, and panics on an error response.
    pub fn command(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        call(self.port, method, &format!("/session/{}{path}", self.session), body)
    }

    /// Opens `url` and waits until it has loaded (the `load` event).
    pub fn goto(&self, url: &str) {
        self.command("POST", "/url", Some(&json!({ "url": url })));
    }

    /// The page's visible text: `document.body.innerText`.
    pub fn text(&self) -> String {
        match self.eval("return document.body.innerText") {
            Value::String(s) => s,
            other => panic!("document.body.innerText is not a string: {other}"),
        }
    }

    /// Runs `script` as the body of a function in the page and returns what it returns (so
    /// the script needs a `return` to give anything but `null`).
    pub fn eval(&self, script: &str) -> Value {
        self.command("POST", "/execute/sync", Some(&json!({ "script": script, "args": [] })))
    }

    /// The page's title.
    pub fn title(&self) -> String {
        match self.command("GET", "/title", None) {
            Value::String(s) => s,
            other => panic!("the title is not a string: {other}"),
        }
    }

    /// A screenshot of the viewport, as PNG (see [`decode_png`]).
    pub fn screenshot(&self) -> Vec<u8> {
        match self.command("GET", "/screenshot", None) {
            Value::String(s) => base64_decode(&s),
            other => panic!("the screenshot is not a base64 string: {other}"),
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Ending the session makes chromedriver close the browser and wait for it; killing
        // chromedriver alone would leave Chromium running.
        let ended = request(self.port, "DELETE", &format!("/session/{}", self.session), None, CALL_TIMEOUT).is_ok_and(|(status, _)| status == 200);
        if !ended && let Some(pid) = self.browser_pid {
            let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).stderr(Stdio::null()).status();
        }
        // Then dropping `driver` stops chromedriver, and `_profile` removes the profile.
    }
}

/// A port on 127.0.0.1 that was free a moment ago.
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
    listener.local_addr().expect("the listener's address").port()
}

/// Polls `GET /status` until chromedriver reports `ready`, it exits, or [`STARTUP`] passes.
fn wait_ready(port: u16, driver: &mut Driver) -> Result<(), String> {
    let deadline = Instant::now() + STARTUP;
    let mut last = String::from("no answer");
    loop {
        if let Ok(Some(status)) = driver.0.try_wait() {
            return Err(format!("chromedriver exited ({status}) before it was ready; last: {last}"));
        }
        match request(port, "GET", "/status", None, Duration::from_secs(2)) {
            Ok((200, body)) => match serde_json::from_slice::<Value>(&body) {
                Ok(v) if v["value"]["ready"] == Value::Bool(true) => return Ok(()),
                Ok(v) => last = v.to_string(),
                Err(e) => last = format!("unreadable /status ({e})"),
            },
            Ok((status, body)) => last = format!("HTTP {status}: {}", String::from_utf8_lossy(&body)),
            Err(e) => last = e,
        }
        if Instant::now() >= deadline {
            return Err(format!("not ready after {STARTUP:?}; last: {last}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// One WebDriver call: returns the response's `value`; panics on a transport failure or a
/// WebDriver error (reported without chromedriver's unsymbolised stack trace).
fn call(port: u16, method: &str, path: &str, body: Option<&Value>) -> Value {
    let (status, bytes) = request(port, method, path, body, CALL_TIMEOUT).unwrap_or_else(|e| panic!("WebDriver {method} {path}: {e}"));
    let response: Value = serde_json::from_slice(&bytes)
        .unwrap_or_else(|e| panic!("WebDriver {method} {path}: HTTP {status} with a body that is not JSON ({e}): {}", String::from_utf8_lossy(&bytes)));
    let mut value = match response {
        Value::Object(mut o) => o.remove("value").unwrap_or(Value::Null),
        other => panic!("WebDriver {method} {path}: HTTP {status} with an unexpected body: {other}"),
    };
    if status != 200 || value.get("error").is_some_and(Value::is_string) {
        if let Some(o) = value.as_object_mut() {
            o.remove("stacktrace");
        }
        panic!("WebDriver {method} {path}: HTTP {status}: {value}");
    }
    value
}

/// A blocking HTTP/1.1 request to 127.0.0.1:`port` with a JSON body, on a connection of its
/// own (`Connection: close`); returns the status code and the body.
fn request(port: u16, method: &str, path: &str, body: Option<&Value>, timeout: Duration) -> Result<(u16, Vec<u8>), String> {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let mut stream = TcpStream::connect_timeout(&addr, timeout).map_err(|e| format!("cannot connect to {addr}: {e}"))?;
    stream.set_read_timeout(Some(timeout)).map_err(|e| e.to_string())?;
    stream.set_write_timeout(Some(timeout)).map_err(|e| e.to_string())?;
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut out = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: application/json\r\nConnection: close\r\n");
    if !body.is_empty() || method == "POST" {
        out.push_str(&format!("Content-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n", body.len()));
    }
    out.push_str("\r\n");
    out.push_str(&body);
    stream.write_all(out.as_bytes()).map_err(|e| format!("cannot send the request: {e}"))?;
    read_response(&mut stream)
}

/// Reads one HTTP/1.1 response: a body with `Content-Length`, chunked, or up to the end of
/// the connection.
fn read_response(stream: &mut TcpStream) -> Result<(u16, Vec<u8>), String> {
    let mut buf = Vec::new();
    let mut eof = false;
    let head_end = loop {
        if let Some(at) = find_bytes(&buf, b"\r\n\r\n") {
            break at;
        }
        if eof {
            return Err(format!("the connection closed within the response head: {:?}", String::from_utf8_lossy(&buf)));
        }
        eof = read_more(stream, &mut buf)?;
    };
    let head = std::str::from_utf8(&buf[..head_end]).map_err(|_| "a response head that is not UTF-8".to_owned())?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| format!("a malformed status line: {status_line:?}"))?;
    let mut length = None;
    let mut chunked = false;
    for line in lines {
        // chromedriver writes no space after the colon (`Content-Length:251`).
        let Some((name, value)) = line.split_once(':') else { continue };
        let value = value.trim();
        if name.trim().eq_ignore_ascii_case("content-length") {
            length = Some(value.parse::<usize>().map_err(|_| format!("a malformed Content-Length: {value:?}"))?);
        } else if name.trim().eq_ignore_ascii_case("transfer-encoding") {
            chunked = value.to_ascii_lowercase().split(',').any(|c| c.trim() == "chunked");
        }
    }
    let mut body = buf.split_off(head_end + 4);
    if chunked {
        loop {
            if let Some(decoded) = dechunk(&body)? {
                return Ok((status, decoded));
            }
            if eof {
                return Err("the connection closed within a chunked body".to_owned());
            }
            eof = read_more(stream, &mut body)?;
        }
    }
    match length {
        Some(n) => {
            while body.len() < n {
                if eof {
                    return Err(format!("the connection closed after {} of {n} bytes of the body", body.len()));
                }
                eof = read_more(stream, &mut body)?;
            }
            body.truncate(n);
        }
        None => {
            while !eof {
                eof = read_more(stream, &mut body)?;
            }
        }
    }
    Ok((status, body))
}

/// Appends what the stream has to `buf`; returns whether the connection has ended.
fn read_more(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Result<bool, String> {
    let mut chunk = [0u8; 64 * 1024];
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => return Ok(true),
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                return Ok(false);
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => return Err("timed out waiting for the response".to_owned()),
            Err(e) => return Err(format!("cannot read the response: {e}")),
        }
    }
}

/// Decodes a chunked body: `None` while it is incomplete.
fn dechunk(mut data: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let mut out = Vec::new();
    loop {
        let Some(line_end) = find_bytes(data, b"\r\n") else { return Ok(None) };
        let line = std::str::from_utf8(&data[..line_end]).map_err(|_| "a chunk size that is not UTF-8".to_owned())?;
        let size = line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size, 16).map_err(|_| format!("a malformed chunk size: {line:?}"))?;
        data = &data[line_end + 2..];
        if size == 0 {
            // The last chunk, then optional trailers, then an empty line.
            return Ok(find_bytes(data, b"\r\n\r\n").or_else(|| data.starts_with(b"\r\n").then_some(0)).map(|_| out));
        }
        if data.len() < size + 2 {
            return Ok(None);
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Decodes standard base64 (`A–Z a–z 0–9 + /`, `=` padding), ignoring whitespace.
pub fn base64_decode(text: &str) -> Vec<u8> {
    fn sextet(c: u8) -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not a base64 character: {:?}", char::from(c)),
        }
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes().filter(|c| !c.is_ascii_whitespace()).take_while(|&c| c != b'=') {
        acc = (acc << 6) | sextet(c);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// A decoded image: `width × height` pixels, row by row, four bytes (R, G, B, A) each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl Image {
    fn pixels(&self) -> impl Iterator<Item = &[u8]> {
        self.rgba.chunks_exact(4)
    }

    /// How many different colours (RGBA values) the image has.
    pub fn distinct_colours(&self) -> usize {
        self.pixels().map(|p| u32::from_be_bytes([p[0], p[1], p[2], p[3]])).collect::<HashSet<_>>().len()
    }

    /// The fraction (0 to 1) of the pixels whose colour is not `rgb` (alpha ignored): e.g.
    /// `share_not([255, 255, 255])` is how much of the image is not white.
    pub fn share_not(&self, rgb: [u8; 3]) -> f64 {
        let total = self.rgba.len() / 4;
        if total == 0 {
            return 0.0;
        }
        let other = self.pixels().filter(|p| p[..3] != rgb).count();
        other as f64 / total as f64
    }

    /// The colour at (`x`, `y`), as RGBA.
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
        assert!(x < self.width && y < self.height, "pixel ({x}, {y}) is outside the {}×{} image", self.width, self.height);
        let at = (y as usize * self.width as usize + x as usize) * 4;
        [self.rgba[at], self.rgba[at + 1], self.rgba[at + 2], self.rgba[at + 3]]
    }
}

/// Decodes a PNG as Chromium writes its screenshots: 8 bits per channel, RGB or RGBA, not
/// interlaced. Panics on anything else, or on a damaged file.
pub fn decode_png(bytes: &[u8]) -> Image {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    assert!(bytes.starts_with(SIGNATURE), "not a PNG file (no PNG signature)");
    let mut rest = &bytes[SIGNATURE.len()..];
    let mut header: Option<[u8; 13]> = None;
    let mut idat = Vec::new();
    let mut ended = false;
    while !ended {
        assert!(rest.len() >= 12, "a truncated PNG: the file ends within a chunk header, before IEND");
        let length = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
        let kind = &rest[4..8];
        assert!(rest.len() >= 12 + length, "a truncated PNG: the {} chunk is cut short", String::from_utf8_lossy(kind));
        let data = &rest[8..8 + length];
        match kind {
            b"IHDR" => {
                header = Some(data.try_into().unwrap_or_else(|_| panic!("an IHDR chunk of {length} bytes instead of 13")));
            }
            b"IDAT" => idat.extend_from_slice(data),
            b"IEND" => ended = true,
            // Ancillary chunks (sRGB, pHYs, …) do not change the pixels' values.
            _ => assert!(kind[0].is_ascii_lowercase(), "an unsupported critical PNG chunk: {}", String::from_utf8_lossy(kind)),
        }
        rest = &rest[12 + length..];
    }
    let header = header.expect("a PNG without an IHDR chunk");
    let width = u32::from_be_bytes([header[0], header[1], header[2], header[3]]);
    let height = u32::from_be_bytes([header[4], header[5], header[6], header[7]]);
    let (depth, colour_type, interlace) = (header[8], header[9], header[12]);
    assert!(depth == 8, "unsupported PNG: {depth} bits per channel (only 8 is supported)");
    let channels: usize = match colour_type {
        2 => 3,
        6 => 4,
        other => panic!("unsupported PNG colour type {other} (only 2, RGB, and 6, RGBA, are supported)"),
    };
    assert!(interlace == 0, "unsupported PNG: interlaced (Adam7)");
    let raw = miniz_oxide::inflate::decompress_to_vec_zlib(&idat).unwrap_or_else(|e| panic!("the PNG's image data does not inflate: {e}"));
    let stride = width as usize * channels;
    assert!(
        raw.len() == (stride + 1) * height as usize,
        "the PNG's image data has {} bytes where a {width}×{height} image needs {}",
        raw.len(),
        (stride + 1) * height as usize
    );
    let mut rgba = Vec::with_capacity(width as usize * height as usize * 4);
    let mut previous = vec![0u8; stride];
    let mut row = vec![0u8; stride];
    for (y, line) in raw.chunks_exact(stride + 1).enumerate() {
        let (filter, line) = (line[0], &line[1..]);
        for i in 0..stride {
            let a = if i >= channels { row[i - channels] } else { 0 };
            let b = previous[i];
            let c = if i >= channels { previous[i - channels] } else { 0 };
            let predicted = match filter {
                0 => 0,
                1 => a,
                2 => b,
                3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                4 => paeth(a, b, c),
                other => panic!("an unknown PNG filter type {other} on row {y}"),
            };
            row[i] = line[i].wrapping_add(predicted);
        }
        for pixel in row.chunks_exact(channels) {
            rgba.extend_from_slice(&pixel[..3]);
            rgba.push(if channels == 4 { pixel[3] } else { 255 });
        }
        std::mem::swap(&mut previous, &mut row);
    }
    Image { width, height, rgba }
}

/// The Paeth predictor: whichever of left, up and up-left is closest to `a + b - c`.
fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = ((p - i16::from(a)).abs(), (p - i16::from(b)).abs(), (p - i16::from(c)).abs());
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}
