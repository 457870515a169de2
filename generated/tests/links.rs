//! Every invite form of core.telegram.org/api/links, case kept; phone-number links, usernames
//! and garbage rejected with a typed error.

use tl_api::links::{InviteLink, InviteLinkError, MAX_HASH_LEN};

#[test]
fn every_invite_form_gives_the_hash_with_its_case() {
    let hash = "AbCdEf_-12Xy";
    let forms = [
        // t.me/+HASH, with each scheme and none.
        format!("https://t.me/+{hash}"),
        format!("http://t.me/+{hash}"),
        format!("t.me/+{hash}"),
        format!("HTTPS://T.ME/+{hash}"),
        format!("https://www.t.me/+{hash}"),
        // t.me/joinchat/HASH.
        format!("https://t.me/joinchat/{hash}"),
        format!("http://t.me/joinchat/{hash}"),
        format!("t.me/joinchat/{hash}"),
        // The other hosts.
        format!("https://telegram.me/+{hash}"),
        format!("https://telegram.me/joinchat/{hash}"),
        format!("telegram.me/joinchat/{hash}"),
        format!("https://telegram.dog/+{hash}"),
        format!("http://telegram.dog/joinchat/{hash}"),
        format!("telegram.dog/+{hash}"),
        // tg://join and tg:join (no `//`).
        format!("tg://join?invite={hash}"),
        format!("TG://join?invite={hash}"),
        format!("tg:join?invite={hash}"),
        format!("TG:JOIN?invite={hash}"),
        format!("tg://join?foo=1&invite={hash}"),
        format!("tg:join?invite={hash}&foo=1"),
        // Whatever follows the hash: one `/`, a query, a fragment.
        format!("https://t.me/+{hash}/"),
        format!("https://t.me/+{hash}?utm_source=x"),
        format!("https://t.me/+{hash}#section"),
        format!("https://t.me/joinchat/{hash}?a=1#b"),
        format!("t.me/+{hash}/?a=1"),
        format!("tg://join?invite={hash}#frag"),
        format!("tg:join?invite={hash}#frag"),
        // Surrounding whitespace.
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
fn other_links_are_typed_errors() {
    use InviteLinkError::*;
    let phone = |digits: &str| PhoneNumber {
        phone: digits.to_owned(),
    };
    let username = |name: &str| PublicUsername {
        username: name.to_owned(),
    };
    let not_invite = |path: &str| NotAnInvite {
        path: path.to_owned(),
    };
    let host = |host: &str| UnknownHost {
        host: host.to_owned(),
    };
    let invalid = |hash: &str| InvalidHash {
        hash: hash.to_owned(),
    };
    let cases = [
        // Phone-number links: `+` and digits only.
        ("https://t.me/+15551234567", phone("15551234567")),
        ("t.me/+42", phone("42")),
        ("telegram.me/+15551234567?text=hi", phone("15551234567")),
        ("tg://resolve?phone=15551234567", phone("15551234567")),
        ("tg:resolve?phone=42", phone("42")),
        // Username links.
        ("https://t.me/durov", username("durov")),
        ("t.me/Some_Channel", username("Some_Channel")),
        ("https://t.me/durov?start=1", username("durov")),
        ("https://t.me/durov#x", username("durov")),
        ("@durov", username("durov")),
        ("tg://resolve?domain=telegram", username("telegram")),
        ("tg:resolve?domain=telegram", username("telegram")),
        // Other Telegram links.
        ("https://t.me/c/1234/56", not_invite("c/1234/56")),
        ("https://t.me/", not_invite("")),
        ("t.me", not_invite("")),
        ("tg://resolve?phone=", not_invite("resolve?phone=")),
        ("tg:settings", not_invite("settings")),
        // Empty, missing or invalid hashes.
        ("", Empty),
        ("   ", Empty),
        ("https://t.me/+", MissingHash),
        ("https://t.me/+?x=1", MissingHash),
        ("https://t.me/joinchat", MissingHash),
        ("https://t.me/joinchat/", MissingHash),
        ("tg://join", MissingHash),
        ("tg://join?invite=", MissingHash),
        ("tg:join?invite=", MissingHash),
        ("https://t.me/+Ab$cd", invalid("Ab$cd")),
        ("https://t.me/+Ab/cd", invalid("Ab/cd")),
        ("https://t.me/joinchat/Ab.cd", invalid("Ab.cd")),
        ("tg://join?invite=Ab%20cd", invalid("Ab%20cd")),
        // Unknown schemes and hosts.
        (
            "ftp://t.me/+abc",
            UnknownScheme {
                scheme: "ftp".into(),
            },
        ),
        ("https://example.com/+abc", host("example.com")),
        ("https://t.me.evil.com/+abc", host("t.me.evil.com")),
        ("https://evilt.me/+abc", host("evilt.me")),
        ("example.com/joinchat/abc", host("example.com")),
        ("not a link", host("not a link")),
    ];
    for (text, expected) in cases {
        assert_eq!(InviteLink::parse(text), Err(expected), "{text:?}");
    }
    let error = InviteLink::parse("t.me/+42").unwrap_err();
    assert!(error.to_string().contains("phone number +42"), "{error}");
}

#[test]
fn hash_length_is_bounded() {
    let longest = "a".repeat(MAX_HASH_LEN);
    assert_eq!(InviteLink::from_hash(&longest).unwrap().hash(), longest);
    let too_long = format!("{longest}a");
    let error = InviteLink::from_hash(&too_long).unwrap_err();
    assert_eq!(error, InviteLinkError::InvalidHash { hash: too_long });
    assert!(error.to_string().contains("INVITE_HASH_INVALID"), "{error}");
    // A hash with a letter is a hash, even after `+`; digits only is a phone number.
    assert_eq!(InviteLink::parse("t.me/+1a").unwrap().hash(), "1a");
    let digits = InviteLink::parse("t.me/joinchat/12345").unwrap();
    assert_eq!(digits.url(), "https://t.me/joinchat/12345");
    assert_eq!(InviteLink::parse(&digits.url()), Ok(digits));
}
