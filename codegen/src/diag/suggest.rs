//! "Did you mean ...?": the known names nearest to a name that was not found.

/// At most this many names are suggested.
pub const MAX_SUGGESTIONS: usize = 3;

/// The names of `candidates` nearest to `name`: names equal to it but for case when there
/// are any, else the names at the smallest edit distance (compared without case) when it
/// is at most a third of the length of `name` (at least 1); at most [`MAX_SUGGESTIONS`],
/// in the order of `candidates`.
///
/// ```
/// use tl_codegen::diag::nearest_names;
///
/// let names = ["getMe", "getMessages", "messages.exportChatInvite", "sendMessage"];
/// assert_eq!(nearest_names("GetMe", names), ["getMe"]);
/// assert_eq!(nearest_names("messages.exportChatInvit", names), ["messages.exportChatInvite"]);
/// assert!(nearest_names("auth.sendCode", names).is_empty());
/// ```
pub fn nearest_names<'c>(
    name: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Vec<&'c str> {
    let wanted: Vec<char> = name.chars().flat_map(char::to_lowercase).collect();
    let max = (wanted.len() / 3).max(1);
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    for (order, candidate) in candidates.into_iter().enumerate() {
        if candidate == name {
            continue;
        }
        let other: Vec<char> = candidate.chars().flat_map(char::to_lowercase).collect();
        if let Some(distance) = bounded_distance(&wanted, &other, max) {
            found.push((distance, order, candidate));
        }
    }
    found.sort_unstable();
    let best = found.first().map(|&(distance, ..)| distance);
    let nearest = found
        .into_iter()
        .filter(|&(distance, ..)| Some(distance) == best);
    let mut names: Vec<&str> = nearest.map(|(_, _, name)| name).collect();
    names.dedup();
    names.truncate(MAX_SUGGESTIONS);
    names
}

/// `did you mean `a`?`, `did you mean `a` or `b`?`, `did you mean `a`, `b` or `c`?`;
/// `None` for no names.
pub fn did_you_mean(names: &[&str]) -> Option<String> {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    let (last, rest) = quoted.split_last()?;
    Some(match rest {
        [] => format!("did you mean {last}?"),
        _ => format!("did you mean {} or {last}?", rest.join(", ")),
    })
}

/// The Levenshtein distance of `a` and `b` when it is at most `max`.
fn bounded_distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let replace = previous[j] + usize::from(ca != cb);
            current[j + 1] = replace.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        if current.iter().min().is_some_and(|&least| least > max) {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|&d| d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: &str, b: &str) -> Option<usize> {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        bounded_distance(&chars(a), &chars(b), 10)
    }

    #[test]
    fn levenshtein_distances() {
        let cases = [
            ("", "", 0),
            ("abc", "abc", 0),
            ("kitten", "sitting", 3),
            ("getPeer", "getPeeer", 1),
            ("abc", "", 3),
            ("flaw", "lawn", 2),
        ];
        for (a, b, expected) in cases {
            assert_eq!(distance(a, b), Some(expected), "{a} {b}");
            assert_eq!(distance(b, a), Some(expected), "{b} {a}");
        }
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(
            bounded_distance(&chars("kitten"), &chars("sitting"), 2),
            None
        );
    }

    #[test]
    fn case_only_differences_come_first() {
        let names = ["getMee", "getme", "GETME2", "getMe"];
        assert_eq!(nearest_names("GetMe", names), ["getme", "getMe"]);
        assert_eq!(
            nearest_names("getMe1", names),
            ["getMee", "getme", "GETME2"]
        );
    }

    #[test]
    fn the_bound_grows_with_the_length() {
        let names = ["ab", "messages.exportChatInvite"];
        assert_eq!(nearest_names("xy", names), Vec::<&str>::new());
        assert_eq!(nearest_names("a", names), ["ab"]);
        assert_eq!(
            nearest_names("messages.exportChatInv", names),
            ["messages.exportChatInvite"]
        );
    }

    #[test]
    fn sentences() {
        assert_eq!(did_you_mean(&[]), None);
        assert_eq!(did_you_mean(&["a"]).unwrap(), "did you mean `a`?");
        assert_eq!(
            did_you_mean(&["a", "b"]).unwrap(),
            "did you mean `a` or `b`?"
        );
        assert_eq!(
            did_you_mean(&["a", "b", "c"]).unwrap(),
            "did you mean `a`, `b` or `c`?"
        );
    }
}
