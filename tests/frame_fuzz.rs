//! Arbitrary bytes into the frame reader and the decoders of the handshake,
//! the requests and the server's messages: no panic, and no allocation much
//! bigger than the bytes that came (a stated length alone costs nothing).
//! 3 000 cases a run; `KIS_STRESS=1` runs 100 000, and `KIS_FUZZ_CASES=N` any number.

mod common;

use kis::desk::Request;
use kis::remote::frame::{self, Ask, ServerMsg};
use proptest::prelude::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Remembers the largest allocation made on each thread.
struct Watch;

thread_local! {
    static LARGEST: Cell<usize> = const { Cell::new(0) };
}

fn note(size: usize) {
    let _ = LARGEST.try_with(|l| l.set(l.get().max(size)));
}

// SAFETY: every call goes straight to the system allocator.
unsafe impl GlobalAlloc for Watch {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new: usize) -> *mut u8 {
        note(new);
        System.realloc(ptr, layout, new)
    }
}

#[global_allocator]
static WATCH: Watch = Watch;

/// The largest allocation `f` makes.
fn largest(f: impl FnOnce()) -> usize {
    LARGEST.with(|l| l.set(0));
    f();
    LARGEST.with(Cell::get)
}

/// What a frame of `n` bytes may cost: bincode's limit (16 times the frame,
/// rounded up to a power of four) or serde's cautious 1 MiB for a list.
fn bound(n: usize) -> usize {
    64 * n + (1 << 20) + 64 * 1024
}

fn decode_all(bytes: &[u8]) {
    let _ = frame::read_hello(bytes);
    let _ = frame::read_welcome(bytes);
    let _ = frame::decode::<Ask>(bytes);
    let _ = frame::decode::<ServerMsg>(bytes);
}

/// A valid request, for mutations that get past the first bytes.
fn sample() -> Vec<u8> {
    frame::encode(&Ask {
        id: 7,
        request: Request::AddNote {
            participant_id: "p1".into(),
            text: "Notatka próbna".into(),
            restricted: false,
        },
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::fuzz_cases()))]

    #[test]
    fn garbage_frames_neither_panic_nor_allocate_their_stated_length(
        bytes in proptest::collection::vec(any::<u8>(), 0..256),
        import in any::<bool>(),
    ) {
        let used = largest(|| {
            let _ = frame::read_frame(&mut &bytes[..], frame::ANSWER_MAX);
            let _ = frame::read_frame(&mut &bytes[..], frame::HELLO_MAX);
            let _ = frame::read_request(&mut &bytes[..], import);
        });
        prop_assert!(used <= bound(bytes.len()), "{used} bytes for {}", bytes.len());
    }

    #[test]
    fn garbage_payloads_neither_panic_nor_allocate_much(
        bytes in proptest::collection::vec(any::<u8>(), 0..512),
    ) {
        let used = largest(|| decode_all(&bytes));
        prop_assert!(used <= bound(bytes.len()), "{used} bytes for {}", bytes.len());
    }

    #[test]
    fn damaged_requests_neither_panic_nor_allocate_much(
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6),
        cut in any::<usize>(),
    ) {
        let mut bytes = sample();
        for (at, b) in flips {
            let i = at % bytes.len();
            bytes[i] = b;
        }
        bytes.truncate(1 + cut % bytes.len());
        let used = largest(|| decode_all(&bytes));
        prop_assert!(used <= bound(bytes.len()), "{used} bytes for {}", bytes.len());
    }
}

#[test]
fn a_huge_stated_string_is_refused_before_it_is_allocated() {
    // An Ask whose note states 1 GiB of text, in a frame of a few bytes.
    let mut bytes = vec![7u8];
    bytes.extend_from_slice(&sample()[1..2]);
    bytes.push(2); // the participant id: 2 bytes
    bytes.extend_from_slice(b"p1");
    bytes.push(253); // a u64 length follows
    bytes.extend_from_slice(&(1u64 << 30).to_le_bytes());
    let used = largest(|| assert!(frame::decode::<Ask>(&bytes).is_err()));
    assert!(used < 1 << 20, "{used}");
}

#[test]
fn an_import_may_be_bigger_than_a_request_only_for_an_admin() {
    let big = "x".repeat(frame::REQUEST_MAX as usize + 10);
    let ask = frame::encode(&Ask {
        id: 300,
        request: Request::Import { text: big },
    });
    let mut framed = (ask.len() as u32).to_be_bytes().to_vec();
    framed.extend_from_slice(&ask);
    assert!(frame::read_request(&mut &framed[..], true).is_ok());
    assert!(matches!(
        frame::read_request(&mut &framed[..], false),
        Err(frame::FrameError::TooBig { .. })
    ));
    // Any other request of that size is refused even from an admin.
    let note = frame::encode(&Ask {
        id: 300,
        request: Request::AddNote {
            participant_id: "p1".into(),
            text: "x".repeat(frame::REQUEST_MAX as usize + 10),
            restricted: false,
        },
    });
    let mut framed = (note.len() as u32).to_be_bytes().to_vec();
    framed.extend_from_slice(&note);
    assert!(matches!(
        frame::read_request(&mut &framed[..], true),
        Err(frame::FrameError::TooBig { .. })
    ));
}
