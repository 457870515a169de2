//! Which fields must be boxed so every emitted type has a finite size.
//!
//! The graph has one node per emitted struct (constructor or function) and per emitted enum. A struct
//! points at the types of its fields, except through a vector (a `Vec` is already a
//! pointer); an enum points at its constructors' structs. A field is boxed when its target
//! lies in the same strongly connected component as its struct: every cycle of the graph
//! passes through such a field, so boxing them breaks every cycle. Components come from
//! Tarjan's algorithm, computed once per emission.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{DefId, ParamKind, QualName, Type};

use crate::emit::plan::closure::Closure;
use crate::emit::plan::index::Index;
use crate::emit::plan::rust_type::wire_type;

/// A node: a constructor struct (by definition index) or a boxed type's enum.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Node {
    Struct(DefId),
    Enum(QualName),
}

/// The fields to box: `(definition index, parameter index)`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Boxing {
    fields: BTreeSet<(DefId, usize)>,
}

impl Boxing {
    /// Whether parameter `param` of definition `def` is held in a `Box`.
    pub fn is_boxed(&self, def: DefId, param: usize) -> bool {
        self.fields.contains(&(def, param))
    }

    /// How many fields are boxed.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.fields.len()
    }
}

/// Finds the fields of the emitted constructors that need a `Box`.
pub fn compute(index: &Index<'_>, closure: &Closure) -> Boxing {
    let graph = Graph::build(index, closure);
    let component = graph.components();
    let mut boxing = Boxing::default();
    for (from, edges) in graph.edges.iter().enumerate() {
        for &(to, field) in edges {
            if let (Some(field), Node::Struct(def)) = (field, &graph.nodes[from]) {
                if component[from] == component[to] {
                    boxing.fields.insert((*def, field));
                }
            }
        }
    }
    boxing
}

/// Adjacency lists; an edge carries the parameter index when it comes from a field.
struct Graph {
    nodes: Vec<Node>,
    edges: Vec<Vec<(usize, Option<usize>)>>,
}

impl Graph {
    fn build(index: &Index<'_>, closure: &Closure) -> Graph {
        // Functions too: `Function` (an enum over every function) may hold them.
        let structs = closure.definitions.iter().copied();
        let mut nodes: Vec<Node> = structs.map(Node::Struct).collect();
        nodes.extend(closure.types.iter().cloned().map(Node::Enum));
        let ids: BTreeMap<Node, usize> = nodes.iter().cloned().zip(0..).collect();
        let mut edges = vec![Vec::new(); nodes.len()];
        for (from, node) in nodes.iter().enumerate() {
            match node {
                Node::Enum(ty) => {
                    let structs = index.constructors_of(ty).iter();
                    let targets = structs.filter_map(|&d| ids.get(&Node::Struct(d)));
                    edges[from].extend(targets.map(|&to| (to, None)));
                }
                Node::Struct(def) => {
                    for (i, param) in index.def(*def).params.iter().enumerate() {
                        let ParamKind::Field { ty, .. } = &param.kind else {
                            continue;
                        };
                        let target = direct_target(index, ty).and_then(|n| ids.get(&n));
                        edges[from].extend(target.map(|&to| (to, Some(i))));
                    }
                }
            }
        }
        Graph { nodes, edges }
    }

    /// The component number of every node (Tarjan's algorithm).
    fn components(&self) -> Vec<usize> {
        let mut state = Tarjan {
            graph: self,
            index: vec![None; self.nodes.len()],
            low: vec![0; self.nodes.len()],
            on_stack: vec![false; self.nodes.len()],
            stack: Vec::new(),
            component: vec![usize::MAX; self.nodes.len()],
            next_index: 0,
            next_component: 0,
        };
        for node in 0..self.nodes.len() {
            if state.index[node].is_none() {
                state.visit(node);
            }
        }
        state.component
    }
}

/// The node a field's type points at without passing through a vector.
fn direct_target(index: &Index<'_>, ty: &Type) -> Option<Node> {
    match wire_type(ty).as_ref() {
        Type::Boxed(name) => Some(Node::Enum(name.clone())),
        Type::Bare(name) => index.resolve_bare(name).map(Node::Struct),
        _ => None,
    }
}

/// Working state of Tarjan's strongly-connected-components algorithm.
struct Tarjan<'g> {
    graph: &'g Graph,
    index: Vec<Option<usize>>,
    low: Vec<usize>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    component: Vec<usize>,
    next_index: usize,
    next_component: usize,
}

impl Tarjan<'_> {
    fn visit(&mut self, node: usize) {
        self.index[node] = Some(self.next_index);
        self.low[node] = self.next_index;
        self.next_index += 1;
        self.stack.push(node);
        self.on_stack[node] = true;
        for &(next, _) in &self.graph.edges[node] {
            match self.index[next] {
                None => {
                    self.visit(next);
                    self.low[node] = self.low[node].min(self.low[next]);
                }
                Some(seen) if self.on_stack[next] => self.low[node] = self.low[node].min(seen),
                Some(_) => {}
            }
        }
        if Some(self.low[node]) == self.index[node] {
            while let Some(member) = self.stack.pop() {
                self.on_stack[member] = false;
                self.component[member] = self.next_component;
                if member == node {
                    break;
                }
            }
            self.next_component += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::closure;
    use crate::emit::testing::*;

    fn boxed_fields(definitions: Vec<crate::model::Definition>) -> Vec<(String, String)> {
        let schema = schema(definitions);
        let index = Index::new(&schema);
        let closure = closure::compute(&index, None).unwrap();
        let boxing = compute(&index, &closure);
        let mut out = Vec::new();
        for (d, def) in schema.ids() {
            for (p, param) in def.params.iter().enumerate() {
                if boxing.is_boxed(d, p) {
                    out.push((def.name.name.clone(), param.name.clone()));
                }
            }
        }
        assert_eq!(out.len(), boxing.len());
        out
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn self_reference_through_an_enum_is_boxed() {
        let found = boxed_fields(vec![
            constructor("textPlain", vec![field("s", int())], "RichText"),
            constructor(
                "textBold",
                vec![field("text", boxed("RichText"))],
                "RichText",
            ),
        ]);
        assert_eq!(found, [pair("textBold", "text")]);
    }

    #[test]
    fn vectors_break_cycles() {
        let found = boxed_fields(vec![
            constructor(
                "tree",
                vec![field("children", vector(boxed("Tree")))],
                "Tree",
            ),
            constructor("leaf", vec![], "Tree"),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn mutual_recursion_boxes_every_edge_of_the_cycle() {
        let found = boxed_fields(vec![
            constructor("ping", vec![field("pong", boxed("Pong"))], "Ping"),
            constructor(
                "pong",
                vec![
                    flags("flags"),
                    optional("ping", ("flags", 0), 0, boxed("Ping")),
                ],
                "Pong",
            ),
            constructor("holder", vec![field("ping", boxed("Ping"))], "Holder"),
        ]);
        assert_eq!(found, [pair("ping", "pong"), pair("pong", "ping")]);
    }

    #[test]
    fn bare_self_reference_is_boxed() {
        let found = boxed_fields(vec![constructor(
            "node",
            vec![
                flags("flags"),
                optional("next", ("flags", 0), 0, bare("node")),
            ],
            "Node",
        )]);
        assert_eq!(found, [pair("node", "next")]);
    }

    /// The real layer (`schema/api.tl` + `schema/mtproto.tl`).
    fn layer() -> crate::model::Schema {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let sources: Vec<crate::model::SourceFile> = ["schema/api.tl", "schema/mtproto.tl"]
            .iter()
            .map(|name| {
                let text = std::fs::read_to_string(root.join(name)).expect(name);
                crate::model::SourceFile::new(*name, text)
            })
            .collect();
        let loaded = crate::model::load(&sources, crate::model::Dialect::Telegram);
        loaded.into_result().expect("layer 230 loads")
    }

    #[test]
    fn recursive_fields_of_the_layer_are_boxed() {
        let schema = layer();
        let index = Index::new(&schema);
        let closure = closure::compute(&index, None).expect("closure");
        let boxing = compute(&index, &closure);
        let field = |constructor: &str, param: &str| {
            let def = index.find(constructor).expect(constructor);
            let params = &index.def(def).params;
            let p = params.iter().position(|p| p.name == param).expect(param);
            boxing.is_boxed(def, p)
        };
        assert!(
            field("inputPeerUserFromMessage", "peer"),
            "InputPeer contains itself"
        );
        assert!(field("textBold", "text"), "RichText contains itself");
        assert!(
            !field("textConcat", "texts"),
            "a vector already breaks the cycle"
        );
        assert!(!field("inputPeerChannel", "channel_id"));
        assert!(
            !field("messages.exportChatInvite", "peer"),
            "functions are never recursive"
        );
    }
}
