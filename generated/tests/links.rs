//! Every accepted invite-link form, case kept; usernames and garbage rejected with a typed error.

use tl_api::handwritten::{InviteLink, InviteLinkError};

#[test]
fn accepted_forms_give_the_hash_with_its_case() {
    let hash = "AbCdEf_-12Xy";
    let forms = [
        format!("https://t.me/+{hash}"),
        format!("http://t.me/+{hash}"),
        format!("t.me/+{hash}"),
        format!("https://t.me/+{hash}/"),
        format!("HTTPS://T.ME/+{hash}"),
        format!("https://www.t.me/+{hash}"),
        format!("https://t.me/joinchat/{hash}"),
        format!("t.me/joinchat/{hash}"),
        format!("https://telegram.me/+{hash}"),
        format!("https://telegram.me/joinchat/{hash}"),
        format!("telegram.me/joinchat/{hash}"),
        format!("https://telegram.dog/+{hash}"),
        format!("tg://join?invite={hash}"),
        format!("TG://join?invite={hash}"),
        format!("tg://join?foo=1&invite={hash}"),
        format!("  https://t.me/+{hash}\n"),
    ];
    for form in &forms {
        let link = InviteLink::parse(form).unwrap_or_else(|e| panic!("{form:?}: {e}"));
        assert_eq!(link.hash(), hash, "{form:?}");
        assert_eq!(link.url(), format!("https://t.me/+{hash}"));
        assert_eq!(link.check_request().hash, hash);
        assert_eq!(link.import_request().hash, hash);
        assert_eq!(form.parse::<InviteLink>().as_ref(), Ok(&link));
    }
}

#[test]
fn usernames_and_garbage_are_typed_errors() {
    use InviteLinkError::*;
    let username = |name: &str| PublicUsername {
        username: name.to_owned(),
    };
    let not_invite = |path: &str| NotAnInvite {
        path: path.to_owned(),
    };
    let cases = [
        ("https://t.me/durov", username("durov")),
        ("t.me/Some_Channel", username("Some_Channel")),
        ("@durov", username("durov")),
        ("tg://resolve?domain=telegram", username("telegram")),
        ("https://t.me/c/1234/56", not_invite("c/1234/56")),
        ("https://t.me/", not_invite("")),
        ("t.me", not_invite("")),
        ("tg://resolve?phone=123", not_invite("resolve?phone=123")),
        ("", Empty),
        ("   ", Empty),
        ("https://t.me/+", MissingHash),
        ("https://t.me/joinchat", MissingHash),
        ("https://t.me/joinchat/", MissingHash),
        ("tg://join", MissingHash),
        ("tg://join?invite=", MissingHash),
        (
            "https://t.me/+Ab$cd",
            InvalidHash {
                hash: "Ab$cd".into(),
            },
        ),
        (
            "https://t.me/+Ab/cd",
            InvalidHash {
                hash: "Ab/cd".into(),
            },
        ),
        (
            "ftp://t.me/+abc",
            UnknownScheme {
                scheme: "ftp".into(),
            },
        ),
        (
            "https://example.com/+abc",
            UnknownHost {
                host: "example.com".into(),
            },
        ),
        (
            "https://t.me.evil.com/+abc",
            UnknownHost {
                host: "t.me.evil.com".into(),
            },
        ),
        (
            "not a link",
            UnknownHost {
                host: "not a link".into(),
            },
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(InviteLink::parse(text), Err(expected), "{text:?}");
    }
}

#[test]
fn hash_length_is_bounded() {
    let longest = "a".repeat(tl_api::handwritten::links::MAX_HASH_LEN);
    assert_eq!(InviteLink::from_hash(&longest).unwrap().hash(), longest);
    let too_long = format!("{longest}a");
    let error = InviteLink::from_hash(&too_long).unwrap_err();
    assert_eq!(error, InviteLinkError::InvalidHash { hash: too_long });
    assert!(error.to_string().contains("INVITE_HASH_INVALID"), "{error}");
}
