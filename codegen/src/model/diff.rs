//! What changed between two schemas (`codegen diff OLD NEW`): definitions added, removed and
//! changed (id, parameters, result type), and boxed types gaining or losing constructors.
//!
//! Definitions are matched by kind and full TL name; documentation is not compared. Every
//! list is sorted by TL name (then kind), so the report is the same for the same inputs.
//!
//! ```text
//! added (1):
//!   + constructor inputPeerSelf#7da07ec9 = InputPeer;
//! changed (1):
//!   ~ function ping: id 7abe77ec -> 12345678; + extra:int
//!     - ping#7abe77ec ping_id:long = Pong;
//!     + ping#12345678 ping_id:long extra:int = Pong;
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::types::{Category, Definition, Schema, Type};

/// The differences between an old and a new schema.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SchemaDiff {
    /// `// LAYER` of both sides, when it differs.
    pub layer: Option<(Option<u32>, Option<u32>)>,
    /// Definitions only in the new schema.
    pub added: Vec<Entry>,
    /// Definitions only in the old schema.
    pub removed: Vec<Entry>,
    /// Definitions in both whose id or signature differ.
    pub changed: Vec<Changed>,
    /// Boxed types only in the new schema, with their constructors.
    pub types_added: Vec<TypeEntry>,
    /// Boxed types only in the old schema, with their constructors.
    pub types_removed: Vec<TypeEntry>,
    /// Boxed types in both whose set of constructors differs.
    pub types_changed: Vec<TypeChange>,
}

/// One definition: kind, TL name and canonical line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub name: String,
    pub category: Kind,
    /// The canonical schema line with its id (`user#12345678 id:long = User;`).
    pub line: String,
}

/// [`Category`] with an order (constructors first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Constructor,
    Function,
}

/// A definition present on both sides with a different id or signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub old: Entry,
    pub new: Entry,
    /// What differs, in order: `id a -> b`, `- p:int`, `+ q:int`, `~ r:int -> r:long`,
    /// `parameters reordered`, `generics ...`, `type A -> B`.
    pub notes: Vec<String>,
}

/// A boxed type and its constructors (TL names, sorted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeEntry {
    pub name: String,
    pub constructors: Vec<String>,
}

/// A boxed type whose constructors differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeChange {
    pub name: String,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl SchemaDiff {
    /// True when nothing differs (the layer number included).
    pub fn is_empty(&self) -> bool {
        self.layer.is_none()
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.types_added.is_empty()
            && self.types_removed.is_empty()
            && self.types_changed.is_empty()
    }
}

impl From<Category> for Kind {
    fn from(category: Category) -> Self {
        match category {
            Category::Constructor => Kind::Constructor,
            Category::Function => Kind::Function,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Constructor => "constructor",
            Kind::Function => "function",
        })
    }
}

/// Compares `old` with `new`.
pub fn diff(old: &Schema, new: &Schema) -> SchemaDiff {
    let old_defs = by_key(old);
    let new_defs = by_key(new);
    let mut result = SchemaDiff {
        layer: (old.layer != new.layer).then_some((old.layer, new.layer)),
        ..SchemaDiff::default()
    };
    for (key, def) in &new_defs {
        match old_defs.get(key) {
            None => result.added.push(entry(def)),
            Some(before) => {
                let notes = changes(before, def);
                if !notes.is_empty() {
                    result.changed.push(Changed {
                        old: entry(before),
                        new: entry(def),
                        notes,
                    });
                }
            }
        }
    }
    let gone = old_defs
        .iter()
        .filter(|(key, _)| !new_defs.contains_key(*key));
    result.removed = gone.map(|(_, def)| entry(def)).collect();
    diff_types(&types(old), &types(new), &mut result);
    result
}

type Key = (String, Kind);

fn by_key(schema: &Schema) -> BTreeMap<Key, &Definition> {
    let key = |d: &Definition| (d.name.to_string(), Kind::from(d.category));
    schema.definitions.iter().map(|d| (key(d), d)).collect()
}

fn entry(def: &Definition) -> Entry {
    Entry {
        name: def.name.to_string(),
        category: def.category.into(),
        line: def.tl_line(),
    }
}

/// The notes of [`Changed::notes`]; empty when `old` and `new` are the same on the wire.
fn changes(old: &Definition, new: &Definition) -> Vec<String> {
    let mut notes = Vec::new();
    if old.id != new.id {
        notes.push(format!("id {:08x} -> {:08x}", old.id, new.id));
    }
    if old.generics != new.generics {
        let show = |g: &[String]| {
            g.iter()
                .map(|g| format!("{{{g}:Type}}"))
                .collect::<Vec<_>>()
        };
        let (before, after) = (show(&old.generics), show(&new.generics));
        notes.push(format!(
            "generics {} -> {}",
            or_none(&before),
            or_none(&after)
        ));
    }
    notes.extend(param_changes(old, new));
    if old.ty != new.ty {
        notes.push(format!("type {} -> {}", old.ty, new.ty));
    }
    notes
}

fn or_none(words: &[String]) -> String {
    if words.is_empty() {
        "none".to_owned()
    } else {
        words.join(" ")
    }
}

/// `- removed`, `+ added`, `~ old -> new` per parameter name, or `parameters reordered`.
fn param_changes(old: &Definition, new: &Definition) -> Vec<String> {
    let texts = |d: &Definition| -> Vec<(String, String)> {
        let text = |p: &super::types::Param| p.to_string();
        d.params.iter().map(|p| (p.name.clone(), text(p))).collect()
    };
    let (before, after) = (texts(old), texts(new));
    if before == after {
        return Vec::new();
    }
    let find = |list: &[(String, String)], name: &str| {
        list.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone())
    };
    let mut notes = Vec::new();
    for (name, text) in &before {
        match find(&after, name) {
            None => notes.push(format!("- {text}")),
            Some(now) if now != *text => notes.push(format!("~ {text} -> {now}")),
            Some(_) => {}
        }
    }
    for (name, text) in &after {
        if find(&before, name).is_none() {
            notes.push(format!("+ {text}"));
        }
    }
    if notes.is_empty() {
        notes.push("parameters reordered".to_owned());
    }
    notes
}

/// Boxed type name -> its constructors, from the constructors' result types.
fn types(schema: &Schema) -> BTreeMap<String, BTreeSet<String>> {
    let mut types: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let constructors = schema
        .definitions
        .iter()
        .filter(|d| d.category == Category::Constructor);
    for def in constructors {
        if let Type::Boxed(ty) | Type::Apply { head: ty, .. } = &def.ty {
            let constructors = types.entry(ty.to_string()).or_default();
            constructors.insert(def.name.to_string());
        }
    }
    types
}

fn diff_types(
    old: &BTreeMap<String, BTreeSet<String>>,
    new: &BTreeMap<String, BTreeSet<String>>,
    result: &mut SchemaDiff,
) {
    let type_entry = |name: &String, set: &BTreeSet<String>| TypeEntry {
        name: name.clone(),
        constructors: set.iter().cloned().collect(),
    };
    for (name, after) in new {
        let Some(before) = old.get(name) else {
            result.types_added.push(type_entry(name, after));
            continue;
        };
        if before != after {
            result.types_changed.push(TypeChange {
                name: name.clone(),
                added: after.difference(before).cloned().collect(),
                removed: before.difference(after).cloned().collect(),
            });
        }
    }
    let gone = old.iter().filter(|(name, _)| !new.contains_key(*name));
    result.types_removed = gone.map(|(name, set)| type_entry(name, set)).collect();
}

impl fmt::Display for SchemaDiff {
    /// The report of `codegen diff`: one section per non-empty list, then a summary line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((old, new)) = self.layer {
            let show = |l: Option<u32>| l.map_or("none".to_owned(), |l| l.to_string());
            writeln!(f, "layer: {} -> {}", show(old), show(new))?;
        }
        section(f, "added", &self.added, |f, e| {
            writeln!(f, "  + {} {}", e.category, e.line)
        })?;
        section(f, "removed", &self.removed, |f, e| {
            writeln!(f, "  - {} {}", e.category, e.line)
        })?;
        section(f, "changed", &self.changed, |f, c| {
            let notes = c.notes.join("; ");
            writeln!(f, "  ~ {} {}: {notes}", c.new.category, c.new.name)?;
            writeln!(f, "    - {}\n    + {}", c.old.line, c.new.line)
        })?;
        let type_line = |f: &mut fmt::Formatter<'_>, sign: char, t: &TypeEntry| {
            writeln!(f, "  {sign} {} ({})", t.name, t.constructors.join(", "))
        };
        section(f, "types added", &self.types_added, |f, t| {
            type_line(f, '+', t)
        })?;
        section(f, "types removed", &self.types_removed, |f, t| {
            type_line(f, '-', t)
        })?;
        section(f, "types changed", &self.types_changed, |f, t| {
            let added = t.added.iter().map(|c| format!("+ {c}"));
            let removed = t.removed.iter().map(|c| format!("- {c}"));
            let all: Vec<String> = added.chain(removed).collect();
            writeln!(f, "  ~ {}: {}", t.name, all.join(", "))
        })?;
        writeln!(
            f,
            "summary: {} added, {} removed, {} changed; types: {} added, {} removed, {} changed",
            self.added.len(),
            self.removed.len(),
            self.changed.len(),
            self.types_added.len(),
            self.types_removed.len(),
            self.types_changed.len()
        )
    }
}

fn section<T>(
    f: &mut fmt::Formatter<'_>,
    title: &str,
    items: &[T],
    mut line: impl FnMut(&mut fmt::Formatter<'_>, &T) -> fmt::Result,
) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(f, "{title} ({}):", items.len())?;
    items.iter().try_for_each(|item| line(f, item))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load, Dialect, SourceFile};

    fn schema(text: &str) -> Schema {
        load(&[SourceFile::new("t.tl", text)], Dialect::Telegram)
            .into_result()
            .expect("test schema loads")
    }

    const OLD: &str = "\
// LAYER 1
peerUser#1 user_id:long = Peer;
peerChat#2 chat_id:long = Peer;
pong#3 msg_id:long ping_id:long = Pong;
oldThing#4 = OldThing;
---functions---
ping#5 ping_id:long = Pong;
getPeer#6 id:long = Peer;
swap#7 a:int b:long = Pong;
";

    const NEW: &str = "\
// LAYER 2
peerUser#1 user_id:long = Peer;
peerChannel#8 channel_id:long = Peer;
pong#3 msg_id:long ping_id:int = Pong;
newThing#9 flags:# big:flags.0?true = NewThing;
---functions---
ping#a ping_id:long extra:int = Pong;
getPeer#6 id:long = Pong;
swap#7 b:long a:int = Pong;
";

    #[test]
    fn reports_each_kind_of_change_in_a_fixed_order() {
        let report = diff(&schema(OLD), &schema(NEW)).to_string();
        let expected = "\
layer: 1 -> 2
added (2):
  + constructor newThing#00000009 flags:# big:flags.0?true = NewThing;
  + constructor peerChannel#00000008 channel_id:long = Peer;
removed (2):
  - constructor oldThing#00000004 = OldThing;
  - constructor peerChat#00000002 chat_id:long = Peer;
changed (4):
  ~ function getPeer: type Peer -> Pong
    - getPeer#00000006 id:long = Peer;
    + getPeer#00000006 id:long = Pong;
  ~ function ping: id 00000005 -> 0000000a; + extra:int
    - ping#00000005 ping_id:long = Pong;
    + ping#0000000a ping_id:long extra:int = Pong;
  ~ constructor pong: ~ ping_id:long -> ping_id:int
    - pong#00000003 msg_id:long ping_id:long = Pong;
    + pong#00000003 msg_id:long ping_id:int = Pong;
  ~ function swap: parameters reordered
    - swap#00000007 a:int b:long = Pong;
    + swap#00000007 b:long a:int = Pong;
types added (1):
  + NewThing (newThing)
types removed (1):
  - OldThing (oldThing)
types changed (1):
  ~ Peer: + peerChannel, - peerChat
summary: 2 added, 2 removed, 4 changed; types: 1 added, 1 removed, 1 changed
";
        assert_eq!(report, expected);
    }

    #[test]
    fn the_same_schema_has_no_differences() {
        let result = diff(&schema(OLD), &schema(OLD));
        assert!(result.is_empty());
        assert_eq!(
            result.to_string(),
            "summary: 0 added, 0 removed, 0 changed; types: 0 added, 0 removed, 0 changed\n"
        );
        let reversed = diff(&schema(NEW), &schema(OLD));
        assert_eq!(reversed.added.len(), 2);
        assert_eq!(reversed.added[0].name, "oldThing");
        assert_eq!(reversed.removed[1].name, "peerChannel");
    }

    #[test]
    fn a_changed_explicit_id_alone_is_reported() {
        let old = schema("a#1 x:int = A;");
        let new = schema("a#2 x:int = A;");
        let result = diff(&old, &new);
        assert_eq!(result.changed.len(), 1);
        assert_eq!(result.changed[0].notes, ["id 00000001 -> 00000002"]);
        assert!(result.types_changed.is_empty());
    }

    #[test]
    fn a_constructor_and_a_function_with_one_name_are_apart() {
        let old = schema("same#1 = Same;");
        let new = schema("same#1 = Same;\n---functions---\nsame#2 = Same;");
        let result = diff(&old, &new);
        assert_eq!(result.added.len(), 1);
        assert_eq!(result.added[0].category, Kind::Function);
        assert!(result.changed.is_empty());
    }
}
