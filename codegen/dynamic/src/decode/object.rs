//! Constructors and functions: their parameters in order, flag words read and kept out of
//! the JSON, conditional parameters read when their bit is set, `?true` ones written as
//! `true` when set and left out otherwise.

use tl_runtime::DecodeErrorKind as WireKind;

use super::Decoder;
use crate::error::{DecodeError, DecodeErrorKind, PathSegment};
use crate::index::Role;

/// A boxed value of type `ty` whose id (at `offset`) none of its constructors has.
pub(super) fn unknown(ty: &str, id: u32, offset: usize) -> DecodeError {
    DecodeErrorKind::UnknownConstructor {
        ty: ty.to_owned(),
        id,
        offset,
    }
    .into()
}

/// A `!X` query whose id (at `offset`) no call or constructor has.
pub(super) fn unknown_query(id: u32, offset: usize) -> DecodeError {
    DecodeErrorKind::UnknownQuery { id, offset }.into()
}

impl Decoder<'_, '_> {
    /// The definition `def` after its id was read, one boxed level deeper.
    pub(super) fn boxed(&mut self, def: usize) -> Result<(), DecodeError> {
        if self.depth >= self.codec.options.depth_limit {
            return Err(WireKind::RecursionLimit {
                offset: self.reader.position(),
                limit: self.codec.options.depth_limit,
            }
            .into());
        }
        self.depth += 1;
        let result = self.call(def);
        self.depth -= 1;
        result
    }

    /// The definition `def` after its id was read, with its `"_"`; a failure names it.
    pub(super) fn call(&mut self, def: usize) -> Result<(), DecodeError> {
        self.object(def, true).map_err(|error| {
            let name = self.codec.index.defs[def].name.clone();
            error.within(PathSegment::Constructor(name))
        })
    }

    /// The parameters of `def` as a JSON object, `"_"` first when `tag`.
    pub(super) fn object(&mut self, def: usize, tag: bool) -> Result<(), DecodeError> {
        let plan = &self.codec.index.defs[def];
        self.open('{');
        let mut first = true;
        if tag {
            self.out.push_str("\"_\":");
            super::scalar::push_json_str(&mut self.out, &plan.name);
            first = false;
        }
        let mut words = vec![0_u32; plan.params.len()];
        for (i, param) in plan.params.iter().enumerate() {
            let present = match param.role {
                Role::FlagWord => {
                    let word = self.reader.read_u32();
                    words[i] = word.map_err(|e| field_error(e.into(), &param.name))?;
                    continue;
                }
                Role::Required => true,
                Role::Optional { word, bit } | Role::Presence { word, bit } => {
                    words[word] & (1 << bit) != 0
                }
            };
            if !present {
                continue;
            }
            if !first {
                self.out.push(',');
            }
            first = false;
            super::scalar::push_json_str(&mut self.out, &param.name);
            self.out.push(':');
            if let Role::Presence { .. } = param.role {
                self.out.push_str("true");
                continue;
            }
            let read = self.value(&param.shape);
            read.map_err(|error| field_error(error, &param.name))?;
        }
        self.close('}');
        Ok(())
    }
}

/// `error` inside the parameter `name`.
fn field_error(error: DecodeError, name: &str) -> DecodeError {
    error.within(PathSegment::Field(name.to_owned()))
}
