//! `From` into a boxed type's enum and `TryFrom` back out of it, generated for every
//! constructor.

use tl_api::{enums, types};

fn channel() -> types::InputPeerChannel {
    types::InputPeerChannel {
        channel_id: 1234567890,
        access_hash: -4638371920211275392,
    }
}

#[test]
fn try_from_gives_the_constructor_it_holds() {
    let peer: enums::InputPeer = channel().into();
    assert_eq!(types::InputPeerChannel::try_from(peer), Ok(channel()));
}

#[test]
fn try_from_hands_back_a_value_of_another_constructor() {
    let peer: enums::InputPeer = channel().into();
    assert_eq!(
        types::InputPeerChat::try_from(peer.clone()),
        Err(peer.clone())
    );
    assert_eq!(types::InputPeerSelf::try_from(peer.clone()), Err(peer));
}

#[test]
fn field_less_constructors_convert_both_ways() {
    let peer = enums::InputPeer::InputPeerSelf;
    assert_eq!(
        types::InputPeerSelf::try_from(peer.clone()),
        Ok(types::InputPeerSelf {})
    );
    assert_eq!(
        types::InputPeerEmpty::try_from(peer.clone()),
        Err(peer.clone())
    );
    assert_eq!(enums::InputPeer::from(types::InputPeerSelf {}), peer);
}

#[test]
fn the_only_constructor_of_a_type_converts_with_from() {
    let json = types::DataJson {
        data: "{}".to_owned(),
    };
    let boxed = enums::DataJson::from(json.clone());
    assert_eq!(types::DataJson::from(boxed.clone()), json);
    // The standard `TryFrom` that `From` implies (and that generic code asks for) cannot fail.
    assert_eq!(try_convert::<types::DataJson>(boxed), Some(json));
}

fn try_convert<T: TryFrom<enums::DataJson>>(value: enums::DataJson) -> Option<T> {
    T::try_from(value).ok()
}
