//! `polyfact doctor` finds the data folder and loads the ONNX Runtime that
//! `scripts/setup.sh` unpacked into models/runtime/ — without any environment variable.

mod common;

use common::*;

#[test]
fn doctor_loads_onnxruntime_without_environment_variables() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_polyfact"))
        .arg("doctor")
        .env_remove("ORT_DYLIB_PATH")
        .env_remove("POLYFACT_DATA")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "doctor failed (run `bash scripts/setup.sh` first):\n{}{}", stdout, stderr(&out));
    assert!(stdout.contains("models/runtime/libonnxruntime.so"), "{stdout}");
    assert!(stdout.contains(&repo_root().join("data").display().to_string()), "{stdout}");
}

#[test]
fn a_wrong_override_is_a_clear_error() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_polyfact"))
        .arg("doctor")
        .env("ORT_DYLIB_PATH", "/nonexistent/libonnxruntime.so")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("ORT_DYLIB_PATH=/nonexistent/libonnxruntime.so does not exist"), "{}", stderr(&out));
}
