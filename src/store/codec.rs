//! Stored values: `[schema version: u8][bincode 2 payload]`, decoded with a size
//! limit and a full-consumption check. Keys never use bincode.

use crate::text::catalog::catalog;
use crate::text::Lang;
use serde::{de::DeserializeOwned, Serialize};

pub const SCHEMA_VERSION: u8 = 1;
const LIMIT: usize = 16 * 1024 * 1024;
/// The most a record may take so that its stored value (with its stamp) still
/// decodes under `LIMIT`.
pub const VALUE_LIMIT: usize = LIMIT - 64 * 1024;

fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<LIMIT>()
}

pub use crate::domain::record::{Stamp, Stored};

#[derive(Debug)]
pub struct DecodeError {
    pub tree: String,
    pub key: String,
    pub reason: String,
}

impl DecodeError {
    /// The message in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        (catalog(lang).store.damaged_value)(&self.tree, &self.key, &self.reason)
    }
}

/// In English, as `message` gives it.
impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DecodeError {}

pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = vec![SCHEMA_VERSION];
    let payload =
        bincode::serde::encode_to_vec(value, config()).expect("in-memory encoding cannot fail");
    out.extend_from_slice(&payload);
    out
}

/// The encoded size of a value, without its schema byte and stamp.
pub fn encoded_len<T: Serialize>(value: &T) -> usize {
    bincode::serde::encode_to_vec(value, config()).map_or(usize::MAX, |v| v.len())
}

pub fn decode<T: DeserializeOwned>(tree: &str, key: &[u8], bytes: &[u8]) -> Result<T, DecodeError> {
    let err = |reason: String| DecodeError {
        tree: tree.to_string(),
        key: show_key(key),
        reason,
    };
    let (&version, payload) = bytes
        .split_first()
        .ok_or_else(|| err("empty value".into()))?;
    if version != SCHEMA_VERSION {
        return Err(err(format!(
            "schema version {version}, expected {SCHEMA_VERSION}"
        )));
    }
    let (value, used) = bincode::serde::decode_from_slice::<T, _>(payload, config())
        .map_err(|e| err(e.to_string()))?;
    if used != payload.len() {
        return Err(err(format!("{} trailing bytes", payload.len() - used)));
    }
    Ok(value)
}

/// Keys are printable where they are text, hex otherwise.
pub fn show_key(key: &[u8]) -> String {
    match std::str::from_utf8(key) {
        Ok(s) if s.chars().all(|c| !c.is_control()) => s.to_string(),
        _ => key.iter().map(|b| format!("{b:02x}")).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Money;

    #[test]
    fn round_trip_and_damage() {
        let v = Stored {
            stamp: Stamp {
                rev: 3,
                by: "ewa".into(),
                at: 10,
            },
            value: (Money(870), "Łódź".to_string()),
        };
        let bytes = encode(&v);
        let back: Stored<(Money, String)> = decode("t", b"k", &bytes).unwrap();
        assert_eq!(back, v);
        let mut long = bytes.clone();
        long.push(0);
        assert!(decode::<Stored<(Money, String)>>("t", b"k", &long)
            .unwrap_err()
            .to_string()
            .contains("trailing"));
        let short = &bytes[..bytes.len() - 2];
        let e = decode::<Stored<(Money, String)>>("participant", &[0, 0, 0, 1], short).unwrap_err();
        assert!(e.to_string().contains("participant"), "{e}");
        assert!(e.to_string().contains("00000001"), "{e}");
        assert!(decode::<Stored<(Money, String)>>("t", b"k", &[]).is_err());
        let mut wrong = bytes;
        wrong[0] = 9;
        assert!(decode::<Stored<(Money, String)>>("t", b"k", &wrong).is_err());
        // a huge length prefix must not allocate
        assert!(decode::<Vec<u64>>(
            "t",
            b"k",
            &[1, 0xfd, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]
        )
        .is_err());
    }
}
