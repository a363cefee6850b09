//! The `time` module: clocks and `sleep` (which blocks through `runtime::sleep`, so the
//! GIL is released while sleeping).

use num_bigint::BigInt;

use super::{new_module, no_args, one_arg};
use crate::native_fns;
use crate::object::func::Kwargs;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{PyErr, PyResult};
use crate::vm::types::type_name;

pub fn make_module(_vm: &mut Vm) -> PyResult<Value> {
    let items = native_fns![
        "time" => time_time,
        "time_ns" => time_time_ns,
        "perf_counter" => time_perf_counter,
        "perf_counter_ns" => time_perf_counter_ns,
        "monotonic" => time_monotonic,
        "monotonic_ns" => time_monotonic_ns,
        "process_time" => time_process_time,
        "process_time_ns" => time_process_time_ns,
        "thread_time" => time_thread_time,
        "thread_time_ns" => time_thread_time_ns,
        "sleep" => time_sleep,
    ];
    Ok(new_module("time", items))
}

/// `clock_gettime` for the CPU-time and monotonic clocks CPython uses.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
mod clock {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clk: i32, tp: *mut Timespec) -> i32;
    }
    pub const MONOTONIC: i32 = 1;
    pub const PROCESS_CPUTIME: i32 = 2;
    pub const THREAD_CPUTIME: i32 = 3;

    pub fn nanos(clk: i32) -> Option<i128> {
        let mut ts = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
        let rc = unsafe { clock_gettime(clk, &mut ts) };
        if rc == 0 {
            Some(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
        } else {
            None
        }
    }
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
mod clock {
    pub const MONOTONIC: i32 = 1;
    pub const PROCESS_CPUTIME: i32 = 2;
    pub const THREAD_CPUTIME: i32 = 3;
    pub fn nanos(_clk: i32) -> Option<i128> {
        None
    }
}

fn wall_ns() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn monotonic_ns(vm: &Vm) -> i128 {
    clock::nanos(clock::MONOTONIC)
        .unwrap_or_else(|| vm.interp.start_time.elapsed().as_nanos() as i128)
}

fn cpu_ns(vm: &Vm, clk: i32) -> i128 {
    clock::nanos(clk).unwrap_or_else(|| vm.interp.start_time.elapsed().as_nanos() as i128)
}

fn ns_value(ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(BigInt::from(ns)),
    }
}

/// `_PyTime_AsSecondsDouble`.
fn ns_seconds(ns: i128) -> Value {
    Value::Float(if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    })
}

fn time_time(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time.time", args, kw)?;
    Ok(ns_seconds(wall_ns()))
}

fn time_time_ns(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time.time_ns", args, kw)?;
    Ok(ns_value(wall_ns()))
}

fn time_perf_counter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time.perf_counter", args, kw)?;
    Ok(ns_seconds(monotonic_ns(vm)))
}

fn time_perf_counter_ns(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time.perf_counter_ns", args, kw)?;
    Ok(ns_value(monotonic_ns(vm)))
}

fn time_monotonic(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time.monotonic", args, kw)?;
    Ok(ns_seconds(monotonic_ns(vm)))
}

fn time_monotonic_ns(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time.monotonic_ns", args, kw)?;
    Ok(ns_value(monotonic_ns(vm)))
}

fn time_process_time(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time.process_time", args, kw)?;
    Ok(ns_seconds(cpu_ns(vm, clock::PROCESS_CPUTIME)))
}

fn time_process_time_ns(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time.process_time_ns", args, kw)?;
    Ok(ns_value(cpu_ns(vm, clock::PROCESS_CPUTIME)))
}

fn time_thread_time(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time.thread_time", args, kw)?;
    Ok(ns_seconds(cpu_ns(vm, clock::THREAD_CPUTIME)))
}

fn time_thread_time_ns(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time.thread_time_ns", args, kw)?;
    Ok(ns_value(cpu_ns(vm, clock::THREAD_CPUTIME)))
}

/// A duration in seconds as `_PyTime_FromSecondsObject` reads it.
pub fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let secs = match v {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            *f
        }
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(_) => {
            return Err(PyErr::overflow(
                "timestamp too large to convert to C _PyTime_t",
            ));
        }
        Value::Instance(_) => vm.to_index(v)? as f64,
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )));
        }
    };
    if secs.abs() > 9.2e9 {
        return Err(PyErr::overflow(
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    Ok(secs)
}

fn time_sleep(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("time.sleep", args, kw)?;
    let secs = seconds_arg(vm, v)?;
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    crate::runtime::sleep(vm, secs)?;
    Ok(Value::None)
}
