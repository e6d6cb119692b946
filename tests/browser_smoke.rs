//! The browser harness itself (`common::browser`): a real headless Chromium opens a page
//! served on 127.0.0.1, and what it reads and paints comes back through WebDriver. When this
//! fails, the activity page tests cannot be trusted either.
mod common;

use common::browser::{self, Browser, decode_png};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

const PAGE: &str = r#"<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Smoke test</title></head>
<body style="margin: 0; background: #fff; font-family: sans-serif">
  <h1 style="margin: 20px">Hello 42</h1>
  <div id="box" style="width: 600px; height: 400px; background: linear-gradient(90deg, #c0392b, #2980b9)"></div>
  <script>document.title = "Smoke test, " + (40 + 2);</script>
</body>
</html>
"#;

/// Serves `PAGE` at `/` (and 404 for anything else, e.g. `/favicon.ico`) on a free port of
/// 127.0.0.1, from a background thread that lives as long as the test process.
fn serve() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
    port
}

fn answer(mut stream: TcpStream) {
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split(' ').nth(1).unwrap_or_default();
    let (status, body) = if path == "/" { ("200 OK", PAGE) } else { ("404 Not Found", "not found") };
    let kind = if path == "/" { "text/html; charset=utf-8" } else { "text/plain" };
    let response = format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
    let _ = stream.write_all(response.as_bytes());
}

#[test]
fn a_real_browser_reads_and_paints_a_local_page() {
    assert!(
        browser::available(),
        "this test needs a real browser: install Chromium and ChromeDriver (Debian: apt-get install chromium chromium-driver)"
    );
    let started = Instant::now();
    let port = serve();
    let browser = Browser::start();
    eprintln!("browser started in {:?}", started.elapsed());

    browser.goto(&format!("http://127.0.0.1:{port}/"));
    let text = browser.text();
    assert!(text.contains("Hello 42"), "the page's text: {text:?}");
    assert_eq!(browser.title(), "Smoke test, 42", "the page's script ran");
    assert_eq!(browser.eval("return document.getElementById('box').offsetWidth"), 600);

    let png = browser.screenshot();
    let image = decode_png(&png);
    assert!(image.width >= 600 && image.height >= 420, "a {}×{} screenshot", image.width, image.height);
    assert_eq!(image.rgba.len(), image.width as usize * image.height as usize * 4);
    // The gradient's ends, and the white page around the box.
    let left = image.pixel(2, 300);
    let right = image.pixel(597, 300);
    assert!(left[0] > 150 && left[2] < 100, "the gradient starts red: {left:?}");
    assert!(right[2] > 150 && right[0] < 100, "the gradient ends blue: {right:?}");
    assert_eq!(image.pixel(image.width - 2, image.height - 2), [255, 255, 255, 255], "the page is white outside the box");
    let colours = image.distinct_colours();
    let not_white = image.share_not([255, 255, 255]);
    assert!(colours > 10, "only {colours} colours: a blank screenshot?");
    assert!(not_white > 0.01, "only {:.2} % of the pixels are not white", not_white * 100.0);
    eprintln!("screenshot {}×{}, {} bytes, {colours} colours, {:.1} % not white", image.width, image.height, png.len(), not_white * 100.0);

    drop(browser);
    eprintln!("done in {:?}", started.elapsed());
}
