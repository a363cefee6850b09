//! The `with` statement's protocol: `__enter__` and `__exit__`.

use crate::value::Value;

use super::Vm;
use super::error::{PyErr, PyResult};
use super::types::type_name;

impl Vm {
    /// Look up `__exit__` and call `__enter__`: returns (bound exit, enter result).
    pub fn enter_context(&mut self, cm: &Value) -> PyResult<(Value, Value)> {
        let (enter, exit) = match cm {
            Value::Instance(inst) => {
                let enter = self.class_lookup_static(&inst.class, "__enter__");
                let exit = self.class_lookup_static(&inst.class, "__exit__");
                match (enter, exit) {
                    (Some(en), Some(ex)) => {
                        let cls = inst.class.clone();
                        (
                            self.bind_descriptor(en, cm, &cls),
                            self.bind_descriptor(ex, cm, &cls),
                        )
                    }
                    (None, _) => {
                        return Err(PyErr::type_error(format!(
                            "'{}' object does not support the context manager protocol",
                            inst.class.name
                        )));
                    }
                    (Some(_), None) => {
                        return Err(PyErr::type_error(format!(
                            "'{}' object does not support the context manager protocol (missed __exit__ method)",
                            inst.class.name
                        )));
                    }
                }
            }
            _ => {
                let enter = self.getattr(cm, "__enter__").map_err(|_| {
                    PyErr::type_error(format!(
                        "'{}' object does not support the context manager protocol",
                        type_name(cm)
                    ))
                })?;
                let exit = self.getattr(cm, "__exit__").map_err(|_| PyErr::type_error(format!("'{}' object does not support the context manager protocol (missed __exit__ method)", type_name(cm))))?;
                (enter, exit)
            }
        };
        let entered = self.call(&enter, &[])?;
        Ok((exit, entered))
    }

    /// Call `__exit__(type, value, traceback)`; true means "swallow the exception".
    pub fn call_exit_with_exception(&mut self, exit: &Value, exc: &Value) -> PyResult<bool> {
        let cls = Value::Class(self.interp.types.type_of(exc));
        let r = self.call(exit, &[cls, exc.clone(), Value::None])?;
        self.truthy(&r)
    }
}
