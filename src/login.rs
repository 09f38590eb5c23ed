//! Who runs this process, and who a Unix user id is: the store's lock, the desk's
//! local actor and `kis serve`'s peers all ask. A leaf of plain OS calls.

/// The OS login of this process.
pub fn current_login() -> String {
    // SAFETY: getuid cannot fail.
    let uid = unsafe { libc::getuid() };
    login_of(uid)
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| format!("uid{uid}"))
}

/// The login of a Unix user id (thread-safe: `kis serve` asks it per connection).
pub fn login_of(uid: u32) -> Option<String> {
    let mut buf = vec![0u8; 16 * 1024];
    // SAFETY: getpwuid_r writes into our passwd and buffer only; we copy the name out
    // before either goes away.
    unsafe {
        let mut pw: libc::passwd = std::mem::zeroed();
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr().cast(), buf.len(), &mut found);
        if rc != 0 || found.is_null() || pw.pw_name.is_null() {
            return None;
        }
        std::ffi::CStr::from_ptr(pw.pw_name)
            .to_str()
            .ok()
            .map(str::to_string)
    }
}
