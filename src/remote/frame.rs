//! Frames: a 4-byte big-endian length, then that many bytes. The handshake is
//! laid out by hand so that any two versions can read each other's refusal;
//! everything after it is bincode 2 of the types below.

use crate::desk::{ChangeNote, DeskError, Me, Request, Response};
use crate::text::catalog::both;
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::io::{self, Read, Write};

/// Bumped whenever `Request`, `Response` or these messages change shape.
pub const PROTOCOL: u32 = 3;
pub const MAGIC: &[u8; 4] = b"KIS\x01";
/// The handshake is small; a stranger cannot make the server allocate.
pub const HELLO_MAX: u32 = 4 * 1024;
/// A request: the largest ordinary one is a record with every text field at
/// its limit (a note or a contract field 64 KiB), far below this.
pub const REQUEST_MAX: u32 = 4 * 1024 * 1024;
/// `Request::Import` of a whole club, from an admin only (a 100 000-person
/// stress club is 222 MB); a bigger one is imported with the server stopped.
pub const IMPORT_MAX: u32 = 256 * 1024 * 1024;
/// An answer (an export of a whole club is the largest).
pub const ANSWER_MAX: u32 = 1024 * 1024 * 1024;
/// A frame's buffer starts at most this big and grows only as bytes arrive,
/// so a stated length costs nothing until it is sent.
const FIRST_CHUNK: usize = 64 * 1024;

#[derive(Debug)]
pub enum FrameError {
    /// The peer closed between frames.
    Closed,
    Truncated {
        got: usize,
        want: usize,
    },
    TooBig {
        len: u32,
        max: u32,
    },
    Io(io::Error),
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::Closed => write!(f, "connection closed"),
            FrameError::Truncated { got, want } => {
                write!(f, "truncated frame: {got} of {want} bytes")
            }
            FrameError::TooBig { len, max } => {
                write!(f, "frame of {len} bytes is over the limit of {max}")
            }
            FrameError::Io(e) => write!(f, "{e}"),
        }
    }
}

pub fn write_frame(w: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    let len = u32::try_from(payload.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "frame over 4 GiB"))?;
    let mut buf = Vec::with_capacity(4 + payload.len());
    buf.extend_from_slice(&len.to_be_bytes());
    buf.extend_from_slice(payload);
    w.write_all(&buf)?;
    w.flush()
}

/// Reads one frame of at most `max` bytes.
pub fn read_frame(r: &mut impl Read, max: u32) -> Result<Vec<u8>, FrameError> {
    let len = read_len(r)?;
    if len > max {
        return Err(FrameError::TooBig { len, max });
    }
    read_body(r, len, Vec::new())
}

/// Reads a request after the handshake: at most `REQUEST_MAX`, or
/// `IMPORT_MAX` when it is a `Request::Import` and `may_import`. The request's
/// kind is read from the frame's first bytes, before the rest is taken in.
pub fn read_request(r: &mut impl Read, may_import: bool) -> Result<Vec<u8>, FrameError> {
    let len = read_len(r)?;
    if len <= REQUEST_MAX {
        return read_body(r, len, Vec::new());
    }
    let max = if may_import { IMPORT_MAX } else { REQUEST_MAX };
    if len > max {
        return Err(FrameError::TooBig { len, max });
    }
    // An id (a varint of at most 9 bytes), then the request's variant.
    let mut head = vec![0u8; 16];
    let got = read_full(r, &mut head)?;
    if got < head.len() {
        return Err(FrameError::Truncated {
            got,
            want: len as usize,
        });
    }
    if !is_import(&head) {
        return Err(FrameError::TooBig {
            len,
            max: REQUEST_MAX,
        });
    }
    read_body(r, len, head)
}

/// Whether an `Ask` that starts with these bytes is an import.
fn is_import(head: &[u8]) -> bool {
    let Ok((_, used)) = bincode::serde::decode_from_slice::<u64, _>(
        head,
        bincode::config::standard().with_limit::<16>(),
    ) else {
        return false;
    };
    // The variant's bytes are those of an empty import minus the text's length.
    let empty = encode(&Request::Import {
        text: String::new(),
    });
    let variant = &empty[..empty.len() - 1];
    head[used..].starts_with(variant)
}

fn read_len(r: &mut impl Read) -> Result<u32, FrameError> {
    let mut head = [0u8; 4];
    let got = read_full(r, &mut head)?;
    if got == 0 {
        return Err(FrameError::Closed);
    }
    if got < 4 {
        return Err(FrameError::Truncated { got, want: 4 });
    }
    Ok(u32::from_be_bytes(head))
}

/// Reads the rest of a frame of `len` bytes whose first bytes are `body`.
fn read_body(r: &mut impl Read, len: u32, mut body: Vec<u8>) -> Result<Vec<u8>, FrameError> {
    let want = len as usize;
    body.reserve(want.min(FIRST_CHUNK).saturating_sub(body.len()));
    let left = (want - body.len()) as u64;
    // read_to_end retries interrupted reads and grows the buffer as bytes come.
    Read::take(&mut *r, left)
        .read_to_end(&mut body)
        .map_err(FrameError::Io)?;
    if body.len() < want {
        return Err(FrameError::Truncated {
            got: body.len(),
            want,
        });
    }
    Ok(body)
}

/// Fills `buf` unless the stream ends first; gives how much it read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> Result<usize, FrameError> {
    let mut at = 0;
    while at < buf.len() {
        match r.read(&mut buf[at..]) {
            Ok(0) => break,
            Ok(n) => at += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(FrameError::Io(e)),
        }
    }
    Ok(at)
}

fn config<const L: usize>() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<L>()
}

pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    bincode::serde::encode_to_vec(value, config::<{ ANSWER_MAX as usize }>())
        .expect("in-memory encoding cannot fail")
}

/// Decodes a whole frame; a bad or partly used frame is an error.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    let (value, used) = decode_bounded::<T>(bytes).map_err(|e| e.to_string())?;
    if used != bytes.len() {
        return Err(format!("{} bytes left over", bytes.len() - used));
    }
    Ok(value)
}

/// bincode claims a decoded value's size in memory against the limit before
/// it allocates (a string's stated length, too), and a value takes at most 16
/// times its encoded size (a u128 from one byte); so the limit is the
/// smallest power of four at or above 16 times the frame, and garbage that
/// states a huge length is refused instead of allocated. Frames over 64 MiB
/// (an admin's import, the server's export) are mostly one string: 2 GiB.
fn decode_bounded<T: DeserializeOwned>(
    bytes: &[u8],
) -> Result<(T, usize), bincode::error::DecodeError> {
    macro_rules! tiers {
        ($($shift:literal)*) => {{
            let need = bytes.len().saturating_mul(16);
            $(if need <= 1usize << $shift {
                return bincode::serde::decode_from_slice::<T, _>(bytes, config::<{ 1usize << $shift }>());
            })*
            bincode::serde::decode_from_slice::<T, _>(bytes, config::<{ i32::MAX as usize }>())
        }};
    }
    tiers!(12 14 16 18 20 22 24 26 28 30)
}

/// The client's first frame: `MAGIC`, the protocol as a big-endian u32, then this.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hello {
    /// The client's `kis` version, for the log.
    pub kis: String,
    /// Act as this staff login: honoured only for the account that runs the
    /// server (or root), which can read the data files anyway.
    pub act_as: Option<String>,
}

/// The server's `[0]` answer to a hello.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Welcome {
    pub kis: String,
    pub me: Me,
}

pub fn hello_frame(hello: &Hello) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&PROTOCOL.to_be_bytes());
    out.extend_from_slice(&encode(hello));
    out
}

/// What a hello says: its protocol, and the rest if the protocol is ours.
pub enum HelloRead {
    NotKis,
    Protocol(u32),
    Ours(Hello),
}

pub fn read_hello(frame: &[u8]) -> HelloRead {
    if frame.len() < 8 || &frame[..4] != MAGIC {
        return HelloRead::NotKis;
    }
    let version = u32::from_be_bytes([frame[4], frame[5], frame[6], frame[7]]);
    if version != PROTOCOL {
        return HelloRead::Protocol(version);
    }
    match decode(&frame[8..]) {
        Ok(h) => HelloRead::Ours(h),
        Err(_) => HelloRead::NotKis,
    }
}

pub fn welcome_frame(w: &Welcome) -> Vec<u8> {
    let mut out = vec![0u8];
    out.extend_from_slice(&encode(w));
    out
}

/// `[1]`, the Polish text, NUL, the English text: readable by every version.
pub fn refusal_frame(pl: &str, en: &str) -> Vec<u8> {
    let mut out = vec![1u8];
    out.extend_from_slice(pl.as_bytes());
    out.push(0);
    out.extend_from_slice(en.as_bytes());
    out
}

/// The server's answer to a hello.
pub fn read_welcome(frame: &[u8]) -> Result<Welcome, DeskError> {
    match frame.split_first() {
        Some((0, rest)) => decode(rest).map_err(|e| {
            let (pl, en) = both(|c| (c.remote.unreadable_answer)(&e));
            DeskError::Remote { pl, en }
        }),
        Some((1, rest)) => {
            let text = String::from_utf8_lossy(rest);
            let (pl, en) = text.split_once('\0').unwrap_or((&text, &text));
            Err(DeskError::Remote {
                pl: pl.to_string(),
                en: en.to_string(),
            })
        }
        _ => {
            let (pl, en) = both(|c| c.remote.not_a_kis_socket.to_string());
            Err(DeskError::Remote { pl, en })
        }
    }
}

/// A request after the handshake.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Ask {
    pub id: u64,
    pub request: Request,
}

/// An error as it crosses the wire: the message in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub pl: String,
    pub en: String,
}

impl From<&DeskError> for Failure {
    fn from(e: &DeskError) -> Failure {
        Failure {
            pl: e.message(crate::text::Lang::Pl),
            en: e.message(crate::text::Lang::En),
        }
    }
}

impl From<Failure> for DeskError {
    fn from(f: Failure) -> DeskError {
        DeskError::Remote { pl: f.pl, en: f.en }
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub enum ServerMsg {
    Answer {
        id: u64,
        result: Result<Response, Failure>,
    },
    Changed(ChangeNote),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_refuse_truncation_and_size() {
        let mut buf = Vec::new();
        write_frame(&mut buf, b"hello").unwrap();
        assert_eq!(read_frame(&mut &buf[..], 100).unwrap(), b"hello");
        assert!(matches!(
            read_frame(&mut &buf[..6], 100),
            Err(FrameError::Truncated { got: 2, want: 5 })
        ));
        assert!(matches!(
            read_frame(&mut &buf[..2], 100),
            Err(FrameError::Truncated { got: 2, want: 4 })
        ));
        assert!(matches!(
            read_frame(&mut &buf[..], 4),
            Err(FrameError::TooBig { len: 5, max: 4 })
        ));
        assert!(matches!(
            read_frame(&mut &b""[..], 4),
            Err(FrameError::Closed)
        ));
    }

    #[test]
    fn a_refusal_reads_in_both_languages() {
        let f = refusal_frame("za stary", "too old");
        let e = read_welcome(&f).unwrap_err();
        assert_eq!(e.message(crate::text::Lang::Pl), "za stary");
        assert_eq!(e.message(crate::text::Lang::En), "too old");
    }

    #[test]
    fn another_protocol_is_seen_before_decoding() {
        let mut f = hello_frame(&Hello {
            kis: "x".into(),
            act_as: None,
        });
        assert!(matches!(read_hello(&f), HelloRead::Ours(_)));
        f[7] = 99;
        assert!(matches!(read_hello(&f), HelloRead::Protocol(v) if v != PROTOCOL));
        assert!(matches!(read_hello(b"GET / HTTP/1.1"), HelloRead::NotKis));
    }

    #[test]
    fn garbage_does_not_decode_as_a_request() {
        assert!(decode::<Ask>(&[0xff; 64]).is_err());
        let ok = encode(&Ask {
            id: 7,
            request: Request::Lookup {
                query: "Żółć".into(),
                limit: 5,
            },
        });
        let back: Ask = decode(&ok).unwrap();
        assert_eq!(back.id, 7);
        assert!(decode::<Ask>(&ok[..ok.len() - 1]).is_err());
    }
}
