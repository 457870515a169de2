//! What the generated types implement beyond what every user needs: `PartialEq`, and the
//! conversions from an enum back to a constructor's struct. Both are off by default: each
//! costs a measured share of every build of the bindings (`PartialEq` about 8%, `TryFrom`
//! about 5% of the instructions rustc spends on the invite set), and most code compares
//! or takes apart TL values with `match` instead.

use super::Config;
use crate::emit::Gate;

impl Config {
    /// Whether every generated struct and enum derives `PartialEq` (error enums always
    /// do): [`Gate::On`], [`Gate::Off`] (the default), or [`Gate::Feature`] to derive it
    /// under a cargo feature of the including crate (`#[cfg_attr(feature = "eq",
    /// derive(PartialEq))]`), which that crate then declares.
    ///
    /// ```no_run
    /// tl_codegen::Config::new()
    ///     .schema("schema/api.tl")
    ///     .partial_eq(true) // `assert_eq!` on decoded values
    ///     .generate()?;
    /// # Ok::<(), tl_codegen::Error>(())
    /// ```
    pub fn partial_eq(&mut self, gate: impl Into<Gate>) -> &mut Self {
        self.partial_eq = gate.into();
        self
    }

    /// Whether each constructor's struct converts back out of its type's enum when the
    /// type has several (`types::Y::try_from(value_of_enums_X)`, handing the enum back
    /// when it holds another constructor), as for [`partial_eq`](Self::partial_eq).
    /// `From<types::Y> for enums::X`, and `From<enums::X> for types::Y` for a type's only
    /// constructor, are always there.
    pub fn try_from_enums(&mut self, gate: impl Into<Gate>) -> &mut Self {
        self.try_from = gate.into();
        self
    }
}
