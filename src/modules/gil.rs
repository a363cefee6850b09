//! The `gil` module: the running program's view of the GIL. `gil.stats()` returns the
//! counters of `--stats-json` as a dict (so a program can measure a region of itself by
//! taking two snapshots), and `gil.policy()` names the active policy.

use std::sync::Arc;

use super::{new_module, no_args};
use crate::object::dict::Dict;
use crate::object::func::Kwargs;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::PyResult;

pub fn make_module(_vm: &mut Vm) -> PyResult<Value> {
    Ok(new_module(
        "gil",
        crate::native_fns![
            "stats" => gil_stats,
            "policy" => gil_policy,
        ],
    ))
}

fn gil_stats(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("gil.stats", args, kw)?;
    let pending = vm.unflushed_ticks();
    let stats = crate::measure::stats::collect(&vm.interp, Some((&vm.thread, pending)));
    json_to_value(vm, &stats)
}

fn gil_policy(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("gil.policy", args, kw)?;
    Ok(Value::str(vm.interp.gil.kind.name()))
}

fn json_to_value(vm: &mut Vm, j: &serde_json::Value) -> PyResult<Value> {
    use serde_json::Value as J;
    Ok(match j {
        J::Null => Value::None,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        J::String(s) => Value::str(s),
        J::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(json_to_value(vm, i)?);
            }
            Value::list(out)
        }
        J::Object(map) => {
            let d = Arc::new(Dict::new());
            for (k, v) in map {
                let v = json_to_value(vm, v)?;
                vm.dict_set(&d, Value::str(k), v)?;
            }
            Value::Dict(d)
        }
    })
}
