//! The `random` module: the functions of CPython's hidden `random.Random()` instance,
//! built on the bit-exact Mersenne Twister in [`super::mt_random`]. The generator lives
//! in `vm.interp.random_state` (seeded from entropy on first use). The lock is never held
//! while Python code runs (`__len__`, `__getitem__`, arithmetic on odd types).
//!
//! `random.Random` is a class whose methods are the same functions drawing from the
//! instance's own generator, kept in its `__dict__` (see [`load_state`]).
//! `random.SystemRandom` is a subclass seeded from system entropy (not `os.urandom` per
//! draw as in CPython) whose `seed()` does nothing. A subclass that overrides `random()`
//! or `getrandbits()` does not change what the other methods draw (CPython's do).

use std::sync::{Arc, LazyLock};

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

use super::mt_random::{MersenneTwister, RandError};
use super::{
    Params, arg_float, bind, exact_int, float_to_int, new_module, no_args, one_arg, py_len,
    seq_item,
};
use crate::ast::BinOp;
use crate::object::class::{Class, Instance, TypeKind};
use crate::object::dict::Dict;
use crate::object::func::{Builtin, Kwargs, NativeFn};
use crate::object::other::Other;
use crate::object::str::PyStr;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{ExcType, PyErr, PyResult};
use crate::vm::types::{make_class, type_name};

/// `name => implementation` for every function that draws from a generator. Each one
/// becomes a module-level function (the hidden global instance) and a method of
/// `random.Random` (the receiver's own state).
macro_rules! generator_fns {
    ($($name:literal => $f:ident),* $(,)?) => {
        fn module_fns() -> Vec<(&'static str, Value)> {
            vec![$(($name, super::builtin($name, |vm, args, kw| $f(vm, &Gen::Global, args, kw)))),*]
        }
        fn method_fns() -> Vec<(&'static str, Value)> {
            vec![$(($name, method($name, |vm, args, kw| {
                let (g, rest) = receiver($name, args)?;
                $f(vm, &g, rest, kw)
            }))),*]
        }
    };
}

generator_fns![
    "seed" => random_seed,
    "random" => random_random,
    "uniform" => random_uniform,
    "triangular" => random_triangular,
    "randint" => random_randint,
    "randrange" => random_randrange,
    "choice" => random_choice,
    "shuffle" => random_shuffle,
    "sample" => random_sample,
    "choices" => random_choices,
    "gauss" => random_gauss,
    "normalvariate" => random_normalvariate,
    "lognormvariate" => random_lognormvariate,
    "expovariate" => random_expovariate,
    "getrandbits" => random_getrandbits,
    "getstate" => random_getstate,
    "setstate" => random_setstate,
];

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let mut items = module_fns();
    let (random_cls, system_cls) = make_classes(vm);
    items.push(("Random", Value::Class(random_cls)));
    items.push(("SystemRandom", Value::Class(system_cls)));
    Ok(new_module("random", items))
}

/// The generator a function draws from.
pub enum Gen<'a> {
    /// The module's hidden instance, `vm.interp.random_state`.
    Global,
    /// A `random.Random` instance; its state lives in its `__dict__` (see [`load_state`]).
    Inst(&'a Instance),
}

/// Run `f` on a generator: the interpreter's (seeded from entropy the first time) or an
/// instance's, loaded from and stored back into its `__dict__`. The interpreter's lock
/// also serialises instance updates, so threads sharing an instance never lose a draw.
fn with_rng<T>(vm: &Vm, g: &Gen, f: impl FnOnce(&mut MersenneTwister) -> T) -> T {
    let mut guard = vm.interp.random_state.lock();
    match g {
        Gen::Global => f(guard.get_or_insert_with(MersenneTwister::default)),
        Gen::Inst(inst) => {
            let (mut mt, before) = match load_state(&inst.dict) {
                Some((mt, before)) => (mt, Some(before)),
                None => (MersenneTwister::default(), None),
            };
            let r = f(&mut mt);
            store_state(&inst.dict, &mt, before.as_ref());
            drop(guard);
            r
        }
    }
}

// ------------------------------------------------------------------ random.Random

// A `Random` instance keeps its generator in its `__dict__` (no dedicated object type):
// the 624 state words packed into one int (word i is bits 32*i..32*i+32), the position
// in them, and `gauss_next` (None or the spare normal deviate, as in CPython, where it is
// also an instance attribute). The words change only when the twister regenerates them
// (every 624 draws), so a draw usually rewrites just the index.
const N: usize = 624;

/// The dict keys, made once (their hashes are cached in them).
struct Keys {
    state: Arc<PyStr>,
    index: Arc<PyStr>,
    gauss: Arc<PyStr>,
}

static KEYS: LazyLock<Keys> = LazyLock::new(|| Keys {
    state: Arc::new(PyStr::new("_mt_state".to_string())),
    index: Arc::new(PyStr::new("_mt_index".to_string())),
    gauss: Arc::new(PyStr::new("gauss_next".to_string())),
});

fn str_eq(key: &PyStr) -> impl Fn(&Value) -> bool + '_ {
    move |v| matches!(v, Value::Str(s) if s.as_str() == key.as_str())
}

fn dict_get(d: &Dict, key: &PyStr) -> Option<Value> {
    let table = d.table.read();
    let pos = table.find(key.hash(), str_eq(key))?;
    table.entry_at(pos).map(|e| e.value.clone())
}

/// Set a str key without running Python code (the keys compare as plain strings).
fn dict_set(d: &Dict, key: &Arc<PyStr>, value: Value) {
    let hash = key.hash();
    let mut table = d.table.write();
    match table.find(hash, str_eq(key)) {
        Some(pos) => table.set_value_at(pos, value),
        None => table.insert_new(hash, Value::Str(key.clone()), value),
    }
}

/// What an instance's dict held when its generator was loaded.
struct Loaded {
    words: [u32; N],
    gauss_next: Option<f64>,
}

/// A generator with an instance's state; `None` when the dict holds no valid state
/// (then the caller seeds one from entropy).
fn load_state(d: &Dict) -> Option<(MersenneTwister, Loaded)> {
    let keys = &*KEYS;
    let mut words = [0u32; N];
    match dict_get(d, &keys.state)? {
        Value::BigInt(n) => {
            let digits = n.magnitude().iter_u32_digits();
            if digits.len() > N {
                return None;
            }
            for (w, x) in words.iter_mut().zip(digits) {
                *w = x;
            }
        }
        Value::Int(i) => {
            words[0] = i as u32;
            words[1] = (i >> 32) as u32;
        }
        _ => return None,
    }
    let index = match dict_get(d, &keys.index)? {
        Value::Int(i) => usize::try_from(i).ok()?,
        _ => return None,
    };
    let gauss_next = match dict_get(d, &keys.gauss) {
        Some(Value::Float(f)) => Some(f),
        Some(Value::Int(i)) => Some(i as f64),
        _ => None,
    };
    let mut mt = TEMPLATE.clone();
    mt.setstate(&words, index, gauss_next).ok()?;
    Some((mt, Loaded { words, gauss_next }))
}

/// Write `mt` back into an instance dict (`before`: what it was loaded from).
fn store_state(d: &Dict, mt: &MersenneTwister, before: Option<&Loaded>) {
    let keys = &*KEYS;
    let (words, index, gauss_next) = mt.getstate();
    if before.is_none_or(|b| b.words != words) {
        let n = BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&words));
        dict_set(d, &keys.state, Value::from_bigint(n));
    }
    dict_set(d, &keys.index, Value::Int(index as i64));
    let same_gauss =
        before.is_some_and(|b| b.gauss_next.map(f64::to_bits) == gauss_next.map(f64::to_bits));
    if !same_gauss {
        let g = gauss_next.map_or(Value::None, Value::Float);
        dict_set(d, &keys.gauss, g);
    }
}

/// A generator to overwrite with a loaded state (cheaper than seeding a fresh one).
static TEMPLATE: LazyLock<MersenneTwister> = LazyLock::new(|| MersenneTwister::new_seeded_u64(0));

/// The class `random.Random` (or a subclass of it, by name: the class objects are made
/// per import).
fn is_class_named(cls: &Arc<Class>, name: &str) -> bool {
    cls.mro().any(|c| c.module == "random" && c.name == name)
}

/// A method of `random.Random`: a native function bound to the instance on lookup.
fn method(name: &'static str, func: NativeFn) -> Value {
    let mut b = Builtin::new(name, func);
    b.owner = Some("Random");
    Value::Builtin(Arc::new(b))
}

/// Split a method's receiver off its arguments.
fn receiver<'a>(name: &str, args: &'a [Value]) -> PyResult<(Gen<'a>, &'a [Value])> {
    match args.split_first() {
        Some((Value::Instance(inst), rest)) if is_class_named(&inst.class, "Random") => {
            Ok((Gen::Inst(inst), rest))
        }
        Some((other, _)) => Err(PyErr::type_error(format!(
            "descriptor '{name}' for '_random.Random' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(PyErr::type_error(format!(
            "unbound method Random.{name}() needs an argument"
        ))),
    }
}

fn set_attr(d: &Dict, name: &str, value: Value) {
    dict_set(d, &Arc::new(PyStr::new(name.to_string())), value);
}

fn new_class(name: &str, base: Arc<Class>) -> Arc<Class> {
    let mut cls = make_class(name, TypeKind::User, vec![base], None);
    let c = Arc::get_mut(&mut cls).expect("a new class is not shared");
    c.module = "random".to_string();
    // `__new__` below creates and seeds instances (a native `__init__` is not called).
    c.hooks.new = true;
    cls
}

/// `random.Random` and `random.SystemRandom`. SystemRandom is Random seeded from system
/// entropy whose `seed()` does nothing and which has no `getstate`/`setstate` (CPython's
/// draws from `os.urandom` instead; the outputs are unpredictable either way).
fn make_classes(vm: &mut Vm) -> (Arc<Class>, Arc<Class>) {
    let random_cls = new_class("Random", vm.interp.types.object.clone());
    let mut methods = method_fns();
    methods.push(("__init__", method("__init__", random_init)));
    let new = method("__new__", random_new);
    methods.push(("__new__", Value::Other(Arc::new(Other::StaticMethod(new)))));
    for (name, f) in methods {
        set_attr(&random_cls.dict, name, f);
    }
    set_attr(&random_cls.dict, "VERSION", Value::Int(3));
    let system_cls = new_class("SystemRandom", random_cls.clone());
    set_attr(&system_cls.dict, "seed", method("seed", system_seed));
    set_attr(
        &system_cls.dict,
        "getstate",
        method("getstate", system_no_state),
    );
    set_attr(
        &system_cls.dict,
        "setstate",
        method("setstate", system_no_state),
    );
    (random_cls, system_cls)
}

/// `Random.__new__(cls, *args, **kwargs)`: a new instance with its own generator, then
/// `Random.__init__` unless the class overrides it (the instance stays seeded from
/// entropy until the override calls `super().__init__(x)` or `self.seed(x)`).
fn random_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(c)) if is_class_named(c, "Random") => c.clone(),
        Some(Value::Class(c)) => {
            return Err(PyErr::type_error(format!(
                "Random.__new__({}): {} is not a subtype of Random",
                c.name, c.name
            )));
        }
        _ => {
            return Err(PyErr::type_error(
                "Random.__new__(X): X is not a type object",
            ));
        }
    };
    let instance = vm.new_instance(&cls, &[]);
    let Value::Instance(inst) = &instance else {
        return Ok(instance);
    };
    let own_init = matches!(
        vm.class_lookup_static(&cls, "__init__"),
        Some(Value::Builtin(b)) if b.owner == Some("Random") && b.name == "__init__"
    );
    let system = is_class_named(&cls, "SystemRandom");
    // A cheap placeholder state when `__init__` below seeds it anyway.
    let mt = if own_init && !system {
        TEMPLATE.clone()
    } else {
        MersenneTwister::default()
    };
    store_state(&inst.dict, &mt, None);
    if own_init {
        let mut full = Vec::with_capacity(args.len());
        full.push(instance.clone());
        full.extend_from_slice(&args[1..]);
        random_init(vm, &full, kw)?;
    }
    Ok(instance)
}

/// `Random.__init__(self, x=None)`: `self.seed(x)`.
fn random_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (_, rest) = receiver("__init__", args)?;
    let b = bind(&params("Random.__init__", &["x"], 0), rest, kw)?;
    let x = b[0].clone().unwrap_or(Value::None);
    let seed = vm.getattr(&args[0], "seed")?;
    vm.call(&seed, &[x])?;
    Ok(Value::None)
}

/// `SystemRandom.seed(*args, **kwds)`: a no-op.
fn system_seed(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    receiver("seed", args)?;
    Ok(Value::None)
}

/// `SystemRandom.getstate()` / `setstate()`.
fn system_no_state(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::new(
        ExcType::NotImplementedError,
        "System entropy source does not have state.",
    ))
}

fn rand_err(e: RandError) -> PyErr {
    PyErr::value_error(e.0)
}

fn params<'a>(qualname: &'a str, names: &'a [&'a str], required: usize) -> Params<'a> {
    Params {
        qualname,
        names,
        required,
        kwonly: &[],
        self_offset: 1,
    }
}

/// A plain number as f64 (ints exactly as Python's int/float mixing would convert them).
fn simple_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        _ => None,
    }
}

// ------------------------------------------------------------------ seeding and state

/// CPython's `_Py_HashDouble` for finite and infinite floats.
pub fn float_hash(v: f64) -> Option<i64> {
    const BITS: u32 = 61;
    const MODULUS: u64 = (1u64 << BITS) - 1;
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { 314159 } else { -314159 });
    }
    let (mut m, mut e) = super::frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let bits = BITS as i64;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let mut h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        h = -2;
    }
    Some(h)
}

fn random_seed(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&params("Random.seed", &["a", "version"], 0), args, kw)?;
    let a = b[0].clone().unwrap_or(Value::None);
    let version = match &b[1] {
        Some(v) => exact_int(v).and_then(|n| n.to_i64()).unwrap_or(2),
        None => 2,
    };
    match &a {
        Value::None => with_rng(vm, g, |r| r.seed_entropy()),
        Value::Int(i) => with_rng(vm, g, |r| r.seed_i64(*i)),
        Value::Bool(x) => with_rng(vm, g, |r| r.seed_i64(*x as i64)),
        Value::BigInt(n) => with_rng(vm, g, |r| r.seed_bigint(n)),
        Value::Float(f) => {
            let h = match float_hash(*f) {
                Some(h) => h,
                None => vm.hash(&a)? as i64,
            };
            with_rng(vm, g, |r| r.seed_hash(h))
        }
        Value::Str(s) if version == 1 => {
            // The pre-3.2 string seeding.
            let chars: Vec<u32> = s.as_str().chars().map(|c| c as u32).collect();
            let mut x: u64 = chars.first().map_or(0, |&c| (c as u64) << 7);
            for &c in &chars {
                x = 1000003u64.wrapping_mul(x) ^ c as u64;
            }
            x ^= chars.len() as u64;
            let n = BigInt::from(x);
            with_rng(vm, g, |r| r.seed_bigint(&n))
        }
        Value::Str(s) => with_rng(vm, g, |r| r.seed_str(s.as_str())),
        _ => {
            return Err(PyErr::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ));
        }
    }
    Ok(Value::None)
}

fn random_getstate(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("Random.getstate", args, kw)?;
    let (words, index, gauss_next) = with_rng(vm, g, |r| r.getstate());
    let mut internal: Vec<Value> = words.iter().map(|&w| Value::Int(w as i64)).collect();
    internal.push(Value::Int(index as i64));
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(internal),
        gauss_next.map_or(Value::None, Value::Float),
    ]))
}

fn random_setstate(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&params("Random.setstate", &["state"], 1), args, kw)?;
    let state = b[0].clone().unwrap();
    let version = vm.getitem(&state, &Value::Int(0))?;
    // Version 2 states (Python 2) hold signed words: they are taken modulo 2**32.
    let v2 = match simple_float(&version) {
        Some(3.0) => false,
        Some(2.0) => true,
        _ => {
            let v = vm.str(&version)?;
            return Err(PyErr::value_error(format!(
                "state with version {v} passed to Random.setstate() of version 3"
            )));
        }
    };
    let parts = vm.collect_iterable(&state)?;
    if parts.len() != 3 {
        let msg = if parts.len() > 3 {
            "too many values to unpack (expected 3)".to_string()
        } else {
            format!(
                "not enough values to unpack (expected 3, got {})",
                parts.len()
            )
        };
        return Err(PyErr::value_error(msg));
    }
    let items: Vec<Value> = match &parts[1] {
        Value::Tuple(t) if !v2 => t.items.to_vec(),
        _ if !v2 => return Err(PyErr::type_error("state vector must be a tuple")),
        other => vm.collect_iterable(other)?,
    };
    if items.len() != 625 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let modulus = BigInt::from(1u64 << 32);
    let word_of = |vm: &mut Vm, v: &Value| -> PyResult<BigInt> {
        let n = super::arg_bigint(vm, v)?;
        Ok(if v2 { n.mod_floor(&modulus) } else { n })
    };
    let mut words = [0u32; 624];
    for (i, w) in words.iter_mut().enumerate() {
        let n = word_of(vm, &items[i])?;
        if n.is_negative() {
            return Err(PyErr::overflow("can't convert negative int to unsigned"));
        }
        *w = n
            .to_u32()
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C unsigned long"))?;
    }
    let index = word_of(vm, &items[624])?;
    let index = index.to_usize().unwrap_or(usize::MAX);
    let gauss_next = match &parts[2] {
        Value::None => None,
        v => Some(arg_float(vm, v)?),
    };
    with_rng(vm, g, |r| r.setstate(&words, index, gauss_next)).map_err(rand_err)?;
    Ok(Value::None)
}

fn random_getrandbits(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("Random.getrandbits", args, kw)?;
    let k = match v {
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        Value::BigInt(_) => {
            return Err(PyErr::overflow("Python int too large to convert to C int"));
        }
        _ => super::arg_i64(vm, v)?,
    };
    if k > i32::MAX as i64 {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    }
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let n = with_rng(vm, g, |r| r.getrandbits(k as u32));
    Ok(Value::from_bigint(BigInt::from(n)))
}

// ------------------------------------------------------------------ floats

fn random_random(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("Random.random", args, kw)?;
    Ok(Value::Float(with_rng(vm, g, |r| r.random())))
}

fn random_uniform(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&params("Random.uniform", &["a", "b"], 2), args, kw)?;
    let (a, bv) = (b[0].clone().unwrap(), b[1].clone().unwrap());
    // a + (b - a) * random(), with Python's arithmetic.
    if let (Value::Int(x), Value::Int(y)) = (&a, &bv) {
        let width = (*y as i128 - *x as i128) as f64;
        let r = with_rng(vm, g, |r| r.random());
        return Ok(Value::Float(*x as f64 + width * r));
    }
    if let (Some(x), Some(y)) = (simple_float(&a), simple_float(&bv)) {
        return Ok(Value::Float(with_rng(vm, g, |r| r.uniform(x, y))));
    }
    let width = vm.binary_op(BinOp::Sub, &bv, &a)?;
    let r = with_rng(vm, g, |r| r.random());
    let scaled = vm.binary_op(BinOp::Mul, &width, &Value::Float(r))?;
    vm.binary_op(BinOp::Add, &a, &scaled)
}

fn random_triangular(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(
        &params("Random.triangular", &["low", "high", "mode"], 0),
        args,
        kw,
    )?;
    let low_value = b[0].clone().unwrap_or(Value::Float(0.0));
    let low = match &b[0] {
        Some(v) => arg_float(vm, v)?,
        None => 0.0,
    };
    let high = match &b[1] {
        Some(v) => arg_float(vm, v)?,
        None => 1.0,
    };
    let mode = match &b[2] {
        Some(Value::None) | None => None,
        Some(v) => Some(arg_float(vm, v)?),
    };
    let r = with_rng(vm, g, |r| r.triangular(low, high, mode));
    if mode.is_some() && high - low == 0.0 {
        // CPython returns `low` itself when `(mode - low) / (high - low)` divides by zero.
        return Ok(low_value);
    }
    Ok(Value::Float(r))
}

/// `mu + z * sigma` with Python's arithmetic (z from a standard normal draw).
fn affine(vm: &mut Vm, mu: &Value, z: f64, sigma: &Value) -> PyResult<Value> {
    let scaled = vm.binary_op(BinOp::Mul, &Value::Float(z), sigma)?;
    vm.binary_op(BinOp::Add, mu, &scaled)
}

fn mu_sigma(b: &[Option<Value>]) -> (Value, Value) {
    (
        b[0].clone().unwrap_or(Value::Float(0.0)),
        b[1].clone().unwrap_or(Value::Float(1.0)),
    )
}

fn random_gauss(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&params("Random.gauss", &["mu", "sigma"], 0), args, kw)?;
    let (mu, sigma) = mu_sigma(&b);
    if let (Some(m), Some(s)) = (simple_float(&mu), simple_float(&sigma)) {
        return Ok(Value::Float(with_rng(vm, g, |r| r.gauss(m, s))));
    }
    let z = with_rng(vm, g, |r| r.gauss(0.0, 1.0));
    affine(vm, &mu, z, &sigma)
}

fn random_normalvariate(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(
        &params("Random.normalvariate", &["mu", "sigma"], 0),
        args,
        kw,
    )?;
    let (mu, sigma) = mu_sigma(&b);
    if let (Some(m), Some(s)) = (simple_float(&mu), simple_float(&sigma)) {
        return Ok(Value::Float(with_rng(vm, g, |r| r.normalvariate(m, s))));
    }
    let z = with_rng(vm, g, |r| r.normalvariate(0.0, 1.0));
    affine(vm, &mu, z, &sigma)
}

fn random_lognormvariate(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(
        &params("Random.lognormvariate", &["mu", "sigma"], 2),
        args,
        kw,
    )?;
    let mu = arg_float(vm, b[0].as_ref().unwrap())?;
    let sigma = arg_float(vm, b[1].as_ref().unwrap())?;
    Ok(Value::Float(with_rng(vm, g, |r| {
        r.lognormvariate(mu, sigma)
    })))
}

fn random_expovariate(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&params("Random.expovariate", &["lambd"], 1), args, kw)?;
    let lambd = arg_float(vm, b[0].as_ref().unwrap())?;
    if lambd == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(Value::Float(with_rng(vm, g, |r| r.expovariate(lambd))))
}

// ------------------------------------------------------------------ integers

/// An argument of `randrange` as 3.11 converts it: `__index__`, else `int(x)` with a
/// ValueError for non-integral values (`which`: "arg 1", "stop" or "step").
fn randrange_arg(vm: &mut Vm, v: &Value, which: &str) -> PyResult<BigInt> {
    if let Some(n) = exact_int(v) {
        return Ok(n);
    }
    match v {
        Value::Float(f) => {
            let as_int = float_to_int(*f)?;
            if f.trunc() != *f {
                return Err(PyErr::value_error(format!(
                    "non-integer {which} for randrange()"
                )));
            }
            Ok(exact_int(&as_int).unwrap_or_default())
        }
        Value::Str(s) => {
            let t = s.as_str().trim().replace('_', "");
            if t.parse::<BigInt>().is_ok() && !s.as_str().trim().is_empty() {
                Err(PyErr::value_error(format!(
                    "non-integer {which} for randrange()"
                )))
            } else {
                let r = vm.repr(v)?;
                Err(PyErr::value_error(format!(
                    "invalid literal for int() with base 10: {r}"
                )))
            }
        }
        Value::Instance(_) if vm.hasattr(v, "__index__")? => Ok(BigInt::from(vm.to_index(v)?)),
        _ => Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(v)
        ))),
    }
}

fn randrange_core(
    vm: &mut Vm,
    g: &Gen,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<Value> {
    let istart = randrange_arg(vm, start, "arg 1")?;
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        if let Some(step) = step
            && !matches!(step, Value::Int(1))
        {
            return Err(PyErr::type_error("Missing a non-None stop argument"));
        }
        if let Some(s) = istart.to_i64() {
            return with_rng(vm, g, |r| r.randrange_i64(s, None, 1))
                .map(Value::Int)
                .map_err(rand_err);
        }
        return with_rng(vm, g, |r| r.randrange(&istart, None, &BigInt::one()))
            .map(Value::from_bigint)
            .map_err(rand_err);
    };
    let istop = randrange_arg(vm, stop, "stop")?;
    let istep = match step {
        Some(s) => randrange_arg(vm, s, "step")?,
        None => BigInt::one(),
    };
    if let (Some(a), Some(b), Some(c)) = (istart.to_i64(), istop.to_i64(), istep.to_i64()) {
        // The i64 fast path needs start + step * k to stay in range: true for results.
        if (b as i128 - a as i128).abs() < i64::MAX as i128 {
            return with_rng(vm, g, |r| r.randrange_i64(a, Some(b), c))
                .map(Value::Int)
                .map_err(rand_err);
        }
    }
    with_rng(vm, g, |r| r.randrange(&istart, Some(&istop), &istep))
        .map(Value::from_bigint)
        .map_err(rand_err)
}

fn random_randrange(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(
        &params("Random.randrange", &["start", "stop", "step"], 1),
        args,
        kw,
    )?;
    randrange_core(vm, g, b[0].as_ref().unwrap(), b[1].as_ref(), b[2].as_ref())
}

fn random_randint(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let bnd = bind(&params("Random.randint", &["a", "b"], 2), args, kw)?;
    let (a, b) = (bnd[0].as_ref().unwrap(), bnd[1].as_ref().unwrap());
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return with_rng(vm, g, |r| r.randint_i64(*x, *y))
            .map(Value::Int)
            .map_err(rand_err);
    }
    let b1 = vm.binary_op(BinOp::Add, b, &Value::Int(1))?;
    randrange_core(vm, g, a, Some(&b1), None)
}

// ------------------------------------------------------------------ sequences

fn random_choice(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&params("Random.choice", &["seq"], 1), args, kw)?;
    let seq = b[0].as_ref().unwrap();
    let n = py_len(vm, seq)?;
    match with_rng(vm, g, |r| r.choice_index(n)) {
        Some(i) => seq_item(vm, seq, i),
        None => Err(PyErr::index_error("Cannot choose from an empty sequence")),
    }
}

fn random_shuffle(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&params("Random.shuffle", &["x"], 1), args, kw)?;
    let x = b[0].as_ref().unwrap();
    let n = py_len(vm, x)?;
    let swaps = with_rng(vm, g, |r| r.shuffle_swaps(n));
    if let Value::List(l) = x {
        let mut items = l.items.write();
        for (i, j) in swaps {
            if i < items.len() && j < items.len() {
                items.swap(i, j);
            }
        }
        return Ok(Value::None);
    }
    for (i, j) in swaps {
        let xj = vm.getitem(x, &Value::Int(j as i64))?;
        let xi = vm.getitem(x, &Value::Int(i as i64))?;
        vm.setitem(x, Value::Int(i as i64), xj)?;
        vm.setitem(x, Value::Int(j as i64), xi)?;
    }
    Ok(Value::None)
}

/// The `k` of `sample`, checked as `0 <= k <= n` is in Python.
fn sample_k(vm: &mut Vm, k: &Value, n: usize) -> PyResult<usize> {
    let too_large = || PyErr::value_error("Sample larger than population or is negative");
    match k {
        Value::Float(f) => {
            if !(0.0 <= *f && *f <= n as f64) {
                return Err(too_large());
            }
            Err(PyErr::type_error(
                "can't multiply sequence by non-int of type 'float'",
            ))
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let k = exact_int(k).unwrap();
            if k.is_negative() || k > BigInt::from(n) {
                return Err(too_large());
            }
            Ok(k.to_usize().unwrap())
        }
        Value::Instance(_) => {
            let k = vm.to_index(k)?;
            if k < 0 || k as u64 > n as u64 {
                return Err(too_large());
            }
            Ok(k as usize)
        }
        _ => Err(PyErr::type_error(format!(
            "'<=' not supported between instances of 'int' and '{}'",
            type_name(k)
        ))),
    }
}

fn random_sample(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: "Random.sample",
        names: &["population", "k"],
        required: 2,
        kwonly: &["counts"],
        self_offset: 1,
    };
    let b = bind(&p, args, kw)?;
    let population = b[0].as_ref().unwrap();
    if !matches!(
        population,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_)
    ) {
        return Err(PyErr::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = py_len(vm, population)?;
    if let Some(counts) = b[2].as_ref().filter(|c| !c.is_none()) {
        let counts = vm.collect_iterable(counts)?;
        let mut cum: Vec<BigInt> = Vec::with_capacity(counts.len());
        let mut acc: Option<Value> = None;
        for c in counts {
            let next = match &acc {
                None => c,
                Some(a) => vm.binary_op(BinOp::Add, a, &c)?,
            };
            cum.push(exact_int(&next).unwrap_or_default());
            acc = Some(next);
        }
        if cum.len() != n {
            return Err(PyErr::value_error(
                "The number of counts does not match the population",
            ));
        }
        let Some(total) = acc else {
            return Err(PyErr::index_error("pop from empty list"));
        };
        let Some(total) = exact_int(&total) else {
            return Err(PyErr::type_error("Counts must be integers"));
        };
        if !total.is_positive() {
            return Err(PyErr::value_error(
                "Total of counts must be greater than zero",
            ));
        }
        let Some(total) = total.to_usize() else {
            return Err(PyErr::overflow(
                "Python int too large to convert to C ssize_t",
            ));
        };
        let k = sample_k(vm, b[1].as_ref().unwrap(), total)?;
        let picks = with_rng(vm, g, |r| r.sample_indices(total, k)).map_err(rand_err)?;
        cum.pop();
        let mut out = Vec::with_capacity(k);
        for s in picks {
            let s = BigInt::from(s);
            let idx = cum.partition_point(|c| *c <= s);
            out.push(seq_item(vm, population, idx)?);
        }
        return Ok(Value::list(out));
    }
    let k = sample_k(vm, b[1].as_ref().unwrap(), n)?;
    let picks = with_rng(vm, g, |r| r.sample_indices(n, k)).map_err(rand_err)?;
    let mut out = Vec::with_capacity(k);
    for i in picks {
        out.push(seq_item(vm, population, i)?);
    }
    Ok(Value::list(out))
}

/// Running sums of `weights` as floats (`list(accumulate(weights))`).
fn accumulate_floats(vm: &mut Vm, weights: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect_iterable(weights)?;
    let mut out = Vec::with_capacity(items.len());
    let mut acc: Option<f64> = None;
    for w in items {
        let x = arg_float(vm, &w)?;
        let next = match acc {
            None => x,
            Some(a) => a + x,
        };
        out.push(next);
        acc = Some(next);
    }
    Ok(out)
}

fn random_choices(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: "Random.choices",
        names: &["population", "weights"],
        required: 1,
        kwonly: &["cum_weights", "k"],
        self_offset: 1,
    };
    let b = bind(&p, args, kw)?;
    let population = b[0].as_ref().unwrap();
    let weights = b[1].as_ref().filter(|w| !w.is_none());
    let cum_weights = b[2].as_ref().filter(|w| !w.is_none());
    let n = py_len(vm, population)?;
    let k_of = |vm: &mut Vm| -> PyResult<usize> {
        match &b[3] {
            None => Ok(1),
            Some(Value::Float(_)) => Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            )),
            Some(v) => Ok(super::arg_i64(vm, v)?.max(0) as usize),
        }
    };
    let cum: Vec<f64> = match (weights, cum_weights) {
        (None, None) => {
            let k = k_of(vm)?;
            let picks = with_rng(vm, g, |r| r.choices_indices(n, k));
            let mut out = Vec::with_capacity(k);
            for i in picks {
                out.push(seq_item(vm, population, i)?);
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => {
            if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = w {
                let r = vm.repr(w)?;
                return Err(PyErr::type_error(format!(
                    "The number of choices must be a keyword argument: k={r}"
                )));
            }
            accumulate_floats(vm, w)?
        }
        (None, Some(c)) => {
            let items = vm.collect_iterable(c)?;
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                out.push(arg_float(vm, &x)?);
            }
            out
        }
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "Cannot specify both weights and cumulative weights",
            ));
        }
    };
    if cum.len() != n {
        return Err(PyErr::value_error(
            "The number of weights does not match the population",
        ));
    }
    if cum.is_empty() {
        return Err(PyErr::index_error("list index out of range"));
    }
    let k = k_of(vm)?;
    let picks = with_rng(vm, g, |r| r.choices_cum_weights(&cum, k)).map_err(rand_err)?;
    let mut out = Vec::with_capacity(k);
    for i in picks {
        out.push(seq_item(vm, population, i)?);
    }
    Ok(Value::list(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_hash_like_cpython() {
        assert_eq!(float_hash(1.5), Some(1152921504606846977));
        assert_eq!(float_hash(-2.5), Some(-1152921504606846978));
        assert_eq!(float_hash(3.0), Some(3));
        assert_eq!(float_hash(0.1), Some(230584300921369408));
        assert_eq!(float_hash(1e300), Some(1224995262755759164));
        assert_eq!(float_hash(-1e-300), Some(-482449582752280463));
        assert_eq!(float_hash(2f64.powi(70)), Some(512));
        assert_eq!(float_hash(f64::INFINITY), Some(314159));
    }
}
