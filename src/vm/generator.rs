//! Generators keep their frame while suspended. Resuming pushes the frame back on the
//! thread's frame stack and runs the dispatch loop until the next `yield` or `return`.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::bytecode::Op;
use crate::object::func::Function;
use crate::value::Value;

use super::error::{ExcType, PyErr, PyResult};
use super::frame::Frame;
use super::{FrameExit, Vm};

pub struct Generator {
    pub state: Mutex<GenState>,
    pub name: String,
    pub qualname: String,
    /// The interpreter, to ask for finalisation when the generator is dropped suspended.
    pub interp: std::sync::Weak<super::Interp>,
}

thread_local! {
    /// Frames of generators dropped while suspended inside try/with blocks, waiting to be
    /// closed (their `finally` run) at the next eval-breaker check — CPython runs them when
    /// the reference count reaches zero.
    static PENDING_FINALIZERS: std::cell::RefCell<Vec<(Box<Frame>, String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Drop for Generator {
    fn drop(&mut self) {
        let st = self.state.get_mut();
        if !st.is_suspended() {
            return;
        }
        let Some(frame) = st.frame.take() else { return };
        if frame.blocks.is_empty() {
            return;
        }
        let Some(interp) = self.interp.upgrade() else {
            return;
        };
        let entry = (
            frame,
            std::mem::take(&mut self.name),
            std::mem::take(&mut self.qualname),
        );
        // A thread exiting may have torn down its thread-locals: then there is no one left to
        // run the finaliser.
        let _ = PENDING_FINALIZERS.try_with(|q| q.borrow_mut().push(entry));
        interp.eval_breaker.fetch_or(
            super::breaker::FINALIZE,
            std::sync::atomic::Ordering::AcqRel,
        );
    }
}

pub struct GenState {
    /// The suspended frame; `None` while running or once finished.
    pub frame: Option<Box<Frame>>,
    pub started: bool,
    pub running: bool,
    pub finished: bool,
}

impl GenState {
    /// Paused at a `yield`: started, not finished, not running now (closing it runs its
    /// `finally` blocks).
    pub fn is_suspended(&self) -> bool {
        self.started && !self.finished && !self.running
    }
}

pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    pub fn make_generator(&mut self, frame: Frame, f: &Arc<Function>) -> Value {
        Value::Generator(Arc::new(Generator {
            state: Mutex::new(GenState {
                frame: Some(Box::new(frame)),
                started: false,
                running: false,
                finished: false,
            }),
            interp: Arc::downgrade(&self.interp),
            name: f.name.read().clone(),
            qualname: f.qualname.read().clone(),
        }))
    }

    /// Take the frame out of the generator for running, or report why it can't run.
    fn take_gen_frame(
        &mut self,
        g: &Generator,
        sending_value: bool,
    ) -> PyResult<Option<Box<Frame>>> {
        let mut st = g.state.lock();
        if st.running {
            return Err(PyErr::value_error("generator already executing"));
        }
        if st.finished {
            return Ok(None);
        }
        if !st.started && sending_value {
            return Err(PyErr::type_error(
                "can't send non-None value to a just-started generator",
            ));
        }
        let frame = st.frame.take();
        st.running = true;
        Ok(frame)
    }

    /// Run the generator's frame; `throw` raises an exception at the suspension point.
    fn run_generator(
        &mut self,
        g: &Generator,
        mut frame: Box<Frame>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Resumed> {
        let started = g.state.lock().started;
        if started && throw.is_none() {
            frame.push(sent);
        }
        self.frames.push(*frame);
        let base = self.frames.len() - 1;
        self.native_depth += 1;
        let result = match throw {
            Some(err) => match self.unwind(err, base) {
                Ok(()) => self.run(base),
                Err(e) => Err(e),
            },
            None => {
                if let Err(e) = self.check_recursion() {
                    self.frames.pop();
                    Err(e)
                } else {
                    self.run(base)
                }
            }
        };
        self.native_depth -= 1;
        let mut st = g.state.lock();
        st.running = false;
        st.started = true;
        match result {
            Ok(FrameExit::Yield(v)) => {
                st.frame = self.frames.pop().map(Box::new);
                Ok(Resumed::Yielded(v))
            }
            Ok(FrameExit::Return(v)) => {
                st.finished = true;
                Ok(Resumed::Returned(v))
            }
            Err(e) => {
                st.finished = true;
                drop(st);
                // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
                if self.error_is(&e, ExcType::StopIteration) {
                    let cause = self.materialize(e);
                    let err = self.new_exception(
                        ExcType::RuntimeError,
                        vec![Value::str("generator raised StopIteration")],
                    );
                    self.set_cause(&err, cause);
                    return Err(PyErr::Obj(err));
                }
                Err(e)
            }
        }
    }

    pub fn resume_generator(&mut self, g: &Arc<Generator>, sent: Value) -> PyResult<Resumed> {
        let Some(frame) = self.take_gen_frame(g, !sent.is_none())? else {
            return Ok(Resumed::Returned(Value::None));
        };
        self.run_generator(g, frame, sent, None)
    }

    /// `gen.throw(exc)`: raise at the suspension point, delegating into a sub-generator
    /// first when suspended in `yield from`.
    pub fn throw_generator(&mut self, g: &Arc<Generator>, exc: PyErr) -> PyResult<Resumed> {
        let Some(mut frame) = self.take_gen_frame(g, false)? else {
            return Err(exc);
        };
        let started = g.state.lock().started;
        if !started {
            // Never started: the exception is raised without running any code.
            let mut st = g.state.lock();
            st.running = false;
            st.finished = true;
            return Err(exc);
        }
        let mut exc = Some(exc);
        if let (Some(Op::YieldFrom), Some(Value::Generator(sub))) = (
            frame.code().ops.get(frame.ip).copied(),
            frame.stack.last().cloned(),
        ) {
            let err = exc.take().unwrap_or_else(|| PyErr::runtime_error("throw"));
            let is_exit = self.error_is(&err, ExcType::GeneratorExit);
            let sub_result = if is_exit {
                self.close_generator(&sub)
                    .map(|_| Resumed::Returned(Value::None))
                    .and(Err(err))
            } else {
                self.throw_generator(&sub, err)
            };
            match sub_result {
                Ok(Resumed::Yielded(v)) => {
                    let mut st = g.state.lock();
                    st.frame = Some(frame);
                    st.running = false;
                    return Ok(Resumed::Yielded(v));
                }
                Ok(Resumed::Returned(r)) => {
                    frame.stack.pop();
                    frame.push(r);
                    frame.ip += 1;
                    g.state.lock().started = true;
                    // Continue the outer generator as if `yield from` finished normally.
                    self.frames.push(*frame);
                    let base = self.frames.len() - 1;
                    self.native_depth += 1;
                    let result = self.run(base);
                    self.native_depth -= 1;
                    return self.finish_resume(g, result);
                }
                Err(e) => {
                    // The sub-generator is done; raise in the outer frame after YieldFrom.
                    frame.stack.pop();
                    frame.ip += 1;
                    exc = Some(e);
                }
            }
        }
        let err = exc.unwrap_or_else(|| PyErr::runtime_error("throw"));
        // The frame resumes after its Yield, so the raise is attributed to that line.
        self.run_generator(g, frame, Value::None, Some(err))
    }

    fn finish_resume(
        &mut self,
        g: &Arc<Generator>,
        result: PyResult<FrameExit>,
    ) -> PyResult<Resumed> {
        let mut st = g.state.lock();
        st.running = false;
        match result {
            Ok(FrameExit::Yield(v)) => {
                st.frame = self.frames.pop().map(Box::new);
                Ok(Resumed::Yielded(v))
            }
            Ok(FrameExit::Return(v)) => {
                st.finished = true;
                Ok(Resumed::Returned(v))
            }
            Err(e) => {
                st.finished = true;
                Err(e)
            }
        }
    }

    /// `gen.close()`.
    pub fn close_generator(&mut self, g: &Arc<Generator>) -> PyResult<()> {
        {
            let st = g.state.lock();
            if st.finished || !st.started {
                drop(st);
                let mut st = g.state.lock();
                st.finished = true;
                st.frame = None;
                return Ok(());
            }
        }
        let exit = PyErr::with_args(ExcType::GeneratorExit, vec![]);
        match self.throw_generator(g, exit) {
            Ok(Resumed::Yielded(_)) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(e)
                if self.error_is(&e, ExcType::GeneratorExit)
                    || self.error_is(&e, ExcType::StopIteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Close the generators dropped while suspended (see `PENDING_FINALIZERS`).
    pub fn run_pending_finalizers(&mut self) {
        loop {
            let pending: Vec<(Box<Frame>, String, String)> =
                PENDING_FINALIZERS.with(|q| std::mem::take(&mut *q.borrow_mut()));
            if pending.is_empty() {
                return;
            }
            for (frame, name, qualname) in pending {
                let g = Arc::new(Generator {
                    state: Mutex::new(GenState {
                        frame: Some(frame),
                        started: true,
                        running: false,
                        finished: false,
                    }),
                    name,
                    qualname,
                    interp: std::sync::Weak::new(),
                });
                self.close_generator_reporting(&g);
            }
        }
    }

    /// Drop a value the program can no longer reach. A suspended generator whose last
    /// reference this is gets closed first, so its `finally` blocks run as they do when
    /// CPython's reference count reaches zero.
    #[inline(always)]
    pub fn discard(&mut self, v: Value) {
        match v {
            Value::Generator(g) => self.discard_generator(g),
            other => other.release(),
        }
    }

    #[cold]
    fn discard_generator(&mut self, g: Arc<Generator>) {
        if Arc::strong_count(&g) != 1 {
            return;
        }
        let suspended = g.state.lock().is_suspended();
        if suspended {
            self.close_generator_reporting(&g);
        }
    }

    /// Close a generator the program can no longer reach; an exception from its `finally`
    /// is reported as "Exception ignored in", as CPython does.
    pub fn close_generator_reporting(&mut self, g: &Arc<Generator>) {
        if let Err(e) = self.close_generator(g) {
            let exc = self.materialize(e);
            let text = self.format_exception(&exc);
            self.interp.write_stderr(&format!(
                "Exception ignored in: <generator object {} at {}>\n{text}",
                g.qualname,
                crate::vm::repr::addr(&Value::Generator(g.clone()))
            ));
        }
    }

    /// One step of `yield from`: send into the sub-iterator.
    pub fn delegate_send(&mut self, sub: &Value, sent: Value) -> PyResult<Resumed> {
        match sub {
            Value::Generator(g) => self.resume_generator(g, sent),
            _ => {
                if !sent.is_none() {
                    let r = self.call_method(sub, "send", &[sent]);
                    return match r {
                        Ok(v) => Ok(Resumed::Yielded(v)),
                        Err(e) if self.error_is(&e, ExcType::StopIteration) => {
                            let v = self.stop_iteration_value(e);
                            Ok(Resumed::Returned(v))
                        }
                        Err(e) => Err(e),
                    };
                }
                match sub {
                    Value::Instance(inst) => match self.user_dunder(&inst.class, "__next__") {
                        Some(m) => match self.call(&m, std::slice::from_ref(sub)) {
                            Ok(v) => Ok(Resumed::Yielded(v)),
                            Err(e) if self.error_is(&e, ExcType::StopIteration) => {
                                let v = self.stop_iteration_value(e);
                                Ok(Resumed::Returned(v))
                            }
                            Err(e) => Err(e),
                        },
                        None => Err(PyErr::type_error(format!(
                            "'{}' object is not an iterator",
                            inst.class.name
                        ))),
                    },
                    _ => match self.iter_next(sub)? {
                        Some(v) => Ok(Resumed::Yielded(v)),
                        None => Ok(Resumed::Returned(Value::None)),
                    },
                }
            }
        }
    }

    /// The value carried by a StopIteration (`return x` in a generator).
    pub fn stop_iteration_value(&mut self, e: PyErr) -> Value {
        let exc = self.materialize(e);
        self.exception_args(&exc)
            .into_iter()
            .next()
            .unwrap_or(Value::None)
    }
}
