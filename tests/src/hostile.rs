//! The checks that fuzzing runs on each input, shared by the fuzz targets (`fuzz/`, outside
//! the workspace) and the workspace tests that replay the committed corpus and every
//! crash artifact (`tests/tests/fuzz_replay.rs`), so both hold every input to the same rules.
//!
//! Wire inputs: the first byte picks one of the [`BOXED_TYPES`] (modulo their number),
//! the rest is decoded as that type. Schema inputs: the bytes as (lossy UTF-8) schema text.

use std::fmt::Debug;
use std::num::NonZeroUsize;

use tl_api::{enums, functions};
use tl_codegen::emit::{emit_single_file, EmitError, EmitOptions};
use tl_codegen::model::{load, Dialect, FileDiagnostic, Loaded, Schema, SourceFile};
use tl_runtime::{DecodeError, DecodeErrorKind, Encode};

/// Lists every boxed type of the generated set (the enum of each boxed TL type, each
/// function, and `Bool`) once, as names and as check functions of the same order.
macro_rules! boxed_types {
    ($($ty:ty),* $(,)?) => {
        /// The Rust paths of the boxed types a wire input can select (`enums::User`, ...).
        pub const BOXED_TYPES: &[&str] = &[$(stringify!($ty)),*];

        /// [`check_decode`] for each of [`BOXED_TYPES`], in the same order.
        const CHECKS: &[fn(&[u8]) -> Result<Vec<u8>, DecodeError>] = &[$(check_decode::<$ty>),*];

        /// [`check_prefix`] for each of [`BOXED_TYPES`], in the same order.
        const PREFIX_CHECKS: &[fn(&[u8]) -> Option<usize>] = &[$(check_prefix::<$ty>),*];
    };
}

boxed_types!(
    bool,
    enums::InputPeer,
    enums::InputUser,
    enums::InputFile,
    enums::InputMedia,
    enums::InputGeoPoint,
    enums::InputPhoto,
    enums::Peer,
    enums::User,
    enums::UserProfilePhoto,
    enums::UserStatus,
    enums::Chat,
    enums::ChatParticipant,
    enums::ChatParticipants,
    enums::ChatPhoto,
    enums::Message,
    enums::MessageMedia,
    enums::MessageAction,
    enums::Photo,
    enums::PhotoSize,
    enums::GeoPoint,
    enums::PeerNotifySettings,
    enums::PeerSettings,
    enums::WallPaper,
    enums::Update,
    enums::Updates,
    enums::DcOption,
    enums::EncryptedChat,
    enums::EncryptedFile,
    enums::EncryptedMessage,
    enums::InputDocument,
    enums::Document,
    enums::NotifyPeer,
    enums::SendMessageAction,
    enums::PrivacyKey,
    enums::PrivacyRule,
    enums::DocumentAttribute,
    enums::StickerPack,
    enums::WebPage,
    enums::ExportedChatInvite,
    enums::ChatInvite,
    enums::InputStickerSet,
    enums::StickerSet,
    enums::BotCommand,
    enums::KeyboardButton,
    enums::KeyboardButtonRow,
    enums::ReplyMarkup,
    enums::MessageEntity,
    enums::InputChannel,
    enums::ChannelParticipant,
    enums::MessageFwdHeader,
    enums::InputBotInlineMessageId,
    enums::DraftMessage,
    enums::MaskCoords,
    enums::Game,
    enums::InputGame,
    enums::RichText,
    enums::PageBlock,
    enums::PhoneCallDiscardReason,
    enums::DataJson,
    enums::LabeledPrice,
    enums::Invoice,
    enums::PaymentCharge,
    enums::PostAddress,
    enums::PaymentRequestedInfo,
    enums::WebDocument,
    enums::InputWebDocument,
    enums::PhoneCall,
    enums::PhoneConnection,
    enums::PhoneCallProtocol,
    enums::LangPackString,
    enums::LangPackDifference,
    enums::DialogPeer,
    enums::SecureFile,
    enums::SecureData,
    enums::SecurePlainData,
    enums::SecureValueType,
    enums::SecureValue,
    enums::SecureCredentialsEncrypted,
    enums::PageTableCell,
    enums::PageTableRow,
    enums::PageCaption,
    enums::PageListItem,
    enums::PageListOrderedItem,
    enums::PageRelatedArticle,
    enums::Page,
    enums::PollAnswer,
    enums::Poll,
    enums::PollAnswerVoters,
    enums::PollResults,
    enums::ChatAdminRights,
    enums::ChatBannedRights,
    enums::WallPaperSettings,
    enums::FolderPeer,
    enums::PeerLocated,
    enums::RestrictionReason,
    enums::Theme,
    enums::BaseTheme,
    enums::ThemeSettings,
    enums::WebPageAttribute,
    enums::DialogFilter,
    enums::VideoSize,
    enums::MessageReplyHeader,
    enums::MessageReplies,
    enums::GroupCall,
    enums::InputGroupCall,
    enums::GroupCallParticipant,
    enums::InlineQueryPeerType,
    enums::ChatInviteImporter,
    enums::ChatAdminWithInvites,
    enums::GroupCallParticipantVideoSourceGroup,
    enums::GroupCallParticipantVideo,
    enums::ChatTheme,
    enums::ReactionCount,
    enums::MessageReactions,
    enums::MessagePeerReaction,
    enums::BotMenuButton,
    enums::NotificationSound,
    enums::EmojiStatus,
    enums::Reaction,
    enums::MessageExtendedMedia,
    enums::StickerKeyword,
    enums::Username,
    enums::RequestPeerType,
    enums::TextWithEntities,
    enums::BotApp,
    enums::StoryViews,
    enums::StoryItem,
    enums::InputReplyTo,
    enums::StoriesStealthMode,
    enums::MediaAreaCoordinates,
    enums::MediaArea,
    enums::Boost,
    enums::StoryFwdHeader,
    enums::PeerColor,
    enums::QuickReply,
    enums::Birthday,
    enums::BotBusinessConnection,
    enums::RequestedPeer,
    enums::FactCheck,
    enums::GeoPointAddress,
    enums::StarsRevenueStatus,
    enums::StarsSubscriptionPricing,
    enums::MessageReactor,
    enums::StarGift,
    enums::StarsAmount,
    enums::BotVerification,
    enums::StarGiftAttribute,
    enums::PaidReactionPrivacy,
    enums::BusinessBotRights,
    enums::TodoItem,
    enums::TodoList,
    enums::TodoCompletion,
    enums::SuggestedPost,
    enums::GroupCallMessage,
    enums::RecentStory,
    enums::AuctionBidLevel,
    enums::StarGiftAuctionState,
    enums::StarGiftAuctionUserState,
    enums::StarGiftBackground,
    enums::StarGiftAuctionRound,
    enums::StarGiftAttributeRarity,
    enums::KeyboardButtonStyle,
    enums::JoinChatBotResult,
    enums::WebDomainException,
    enums::InputRichFile,
    enums::InputRichMessage,
    enums::RichMessage,
    enums::EphemeralMessage,
    enums::ButtonType,
    enums::InlineButtonType,
    enums::KeyboardInlineButton,
    enums::KeyboardInlineButtonRow,
    enums::RichButtonStyle,
    enums::PageButton,
    enums::WalletState,
    enums::WalletTransactionPeer,
    enums::WalletTransaction,
    enums::TonConnectManifest,
    enums::TonConnectSession,
    tl_runtime::RpcError,
    enums::auth::SentCode,
    enums::auth::Authorization,
    enums::auth::CodeType,
    enums::auth::SentCodeType,
    enums::help::TermsOfService,
    enums::messages::StickerSet,
    enums::messages::ExportedChatInvites,
    enums::messages::ExportedChatInvite,
    enums::messages::ChatInviteImporters,
    enums::messages::ChatAdminsWithInvites,
    enums::messages::EmojiGameOutcome,
    enums::messages::EmojiGameInfo,
    enums::messages::ChatInviteJoinResult,
    enums::wallet::NftAttribute,
    enums::wallet::NftItem,
    functions::messages::ExportChatInvite,
    functions::messages::CheckChatInvite,
    functions::messages::ImportChatInvite,
    functions::messages::GetExportedChatInvites,
    functions::messages::GetExportedChatInvite,
    functions::messages::EditExportedChatInvite,
    functions::messages::DeleteRevokedExportedChatInvites,
    functions::messages::DeleteExportedChatInvite,
    functions::messages::GetAdminsWithInvites,
    functions::messages::GetChatInviteImporters,
    functions::messages::HideChatJoinRequest,
    functions::messages::HideAllChatJoinRequests,
);

/// Decodes `bytes` as the boxed type number `index` (see [`BOXED_TYPES`]) with
/// [`check_decode`].
///
/// # Panics
/// If `index` is out of range, or a check of [`check_decode`] fails.
pub fn check_decode_as(index: usize, bytes: &[u8]) -> Result<Vec<u8>, DecodeError> {
    CHECKS[index](bytes)
}

/// A fuzz input for the wire targets: the first byte selects the type (modulo the number
/// of types), the rest is decoded as it with [`check_decode`]. An empty input checks
/// nothing.
pub fn check_wire_input(data: &[u8]) -> Option<Result<Vec<u8>, DecodeError>> {
    let (&first, bytes) = data.split_first()?;
    Some(check_decode_as(usize::from(first) % CHECKS.len(), bytes))
}

/// A fuzz input for the round-trip target: the first byte selects the type, the rest is
/// decoded as a prefix with [`check_prefix`]. Returns the bytes the value used.
pub fn check_prefix_input(data: &[u8]) -> Option<usize> {
    let (&first, bytes) = data.split_first()?;
    PREFIX_CHECKS[usize::from(first) % PREFIX_CHECKS.len()](bytes)
}

/// Decodes a `T` from the start of `bytes` (trailing bytes allowed); when that works, the
/// bytes it used must decode as a whole to the same value, which [`check_decode`] then
/// round-trips. Returns the bytes used.
///
/// # Panics
/// When a promise is broken.
pub fn check_prefix<T>(bytes: &[u8]) -> Option<usize>
where
    T: tl_runtime::DecodeOwned + Encode + PartialEq + Debug,
{
    let (value, used) = match T::from_bytes_with(
        bytes,
        tl_runtime::DecodeOptions::new().allow_trailing_bytes(true),
    ) {
        Ok(decoded) => decoded,
        Err(error) => {
            assert!(
                error.offset() <= bytes.len(),
                "{error}: offset past the input"
            );
            return None;
        }
    };
    let whole = T::from_bytes(&bytes[..used]).expect("the used prefix decodes as a whole");
    if whole != value {
        assert!(
            format!("{value:?}").contains("NaN"),
            "{value:?} != {whole:?}"
        );
    }
    check_decode::<T>(&bytes[..used]).expect("checked above");
    Some(used)
}

/// The indices of the [`BOXED_TYPES`] that decode `bytes` (a golden vector decodes as the
/// one type that carries it boxed).
pub fn accepting_types(bytes: &[u8]) -> Vec<usize> {
    (0..CHECKS.len())
        .filter(|&index| check_decode_as(index, bytes).is_ok())
        .collect()
}

/// Decodes `bytes` as a whole `T` and holds the result to the decoder's promises:
///
/// * a failure names an offset inside the input and renders as one non-empty line; a
///   [`DecodeErrorKind::TrailingBytes`] failure means the value itself decodes as a prefix
///   of exactly that many bytes;
/// * a success re-encodes (never longer than the input, `encoded_len` exact), the
///   re-encoding decodes to the same value (bit for bit: a NaN compares by its bytes) and
///   encodes to itself, and the prefix decoder agrees.
///
/// Returns the re-encoding, or the decode error.
///
/// # Panics
/// When a promise is broken (that is what the fuzzer looks for).
pub fn check_decode<T>(bytes: &[u8]) -> Result<Vec<u8>, DecodeError>
where
    T: tl_runtime::DecodeOwned + Encode + PartialEq + Debug,
{
    let value = match T::from_bytes(bytes) {
        Ok(value) => value,
        Err(error) => {
            check_error::<T>(bytes, &error);
            return Err(error);
        }
    };
    let encoded = value.to_bytes().expect("a decoded value encodes");
    assert_eq!(value.encoded_len(), Ok(encoded.len()), "encoded_len");
    assert!(
        encoded.len() <= bytes.len(),
        "re-encoding grew from {} to {} bytes",
        bytes.len(),
        encoded.len()
    );
    let again = T::from_bytes(&encoded).expect("a re-encoded value decodes");
    assert_eq!(
        again.to_bytes().expect("encodes"),
        encoded,
        "encoding is stable"
    );
    if again != value {
        // Only a NaN double differs from itself; its bytes were compared above.
        assert!(
            format!("{value:?}").contains("NaN"),
            "{value:?} != {again:?}"
        );
    }
    let (_, used) = T::from_bytes_with(
        bytes,
        tl_runtime::DecodeOptions::new().allow_trailing_bytes(true),
    )
    .expect("a whole value is also a prefix");
    assert_eq!(used, bytes.len(), "prefix decode used");
    Ok(encoded)
}

/// The promises of a decode error (see [`check_decode`]).
fn check_error<T: tl_runtime::DecodeOwned>(bytes: &[u8], error: &DecodeError) {
    assert!(
        error.offset() <= bytes.len(),
        "{error}: offset past the input"
    );
    let line = error.to_string();
    assert!(!line.is_empty() && !line.contains('\n'), "{line:?}");
    if let DecodeErrorKind::TrailingBytes { offset, remaining } = *error.kind() {
        assert_eq!(offset + remaining, bytes.len(), "{error}");
        let (_, used) = T::from_bytes_with(
            bytes,
            tl_runtime::DecodeOptions::new().allow_trailing_bytes(true),
        )
        .expect("the value before the trailing bytes");
        assert_eq!(used, offset, "{error}");
    }
}

/// A fuzz input for the schema target: the bytes as schema text (invalid UTF-8 replaced),
/// loaded (parsed, resolved, validated) in both dialects with every diagnostic rendered,
/// then, when the Telegram dialect loads without errors, emitted as the single file of a
/// build script. Returns how many definitions loaded without errors under that dialect.
///
/// A diagnostic the TDLib load shares with the Telegram one is rendered once (rendering
/// depends only on the diagnostic and the text). Emission runs on one thread (the output
/// does not depend on the number) with the default options (TL-JSON included).
///
/// # Panics
/// When the parser, the loader, the error rendering or the emitter panics, a diagnostic
/// does not render as `fuzz.tl:<line>:<column>: ..`, or the emitter fails in a way no
/// schema should make it fail (tokens that are not Rust, an option, an empty file).
pub fn check_schema_input(data: &[u8]) -> usize {
    let text = String::from_utf8_lossy(data).into_owned();
    let sources = [SourceFile::new("fuzz.tl", text)];
    let telegram = load(&sources, Dialect::Telegram);
    check_diagnostics(&telegram, &[]);
    let tdlib = load(&sources, Dialect::Tdlib);
    check_diagnostics(&tdlib, &telegram.diagnostics);
    if telegram.has_errors() {
        return 0;
    }
    check_emit(&telegram.schema);
    telegram.schema.definitions.len()
}

/// Renders every diagnostic of `loaded` that is not in `seen` (sorted like
/// [`Loaded::diagnostics`], by position).
fn check_diagnostics(loaded: &Loaded, seen: &[FileDiagnostic]) {
    let text = &loaded.sources[0].text;
    for found in &loaded.diagnostics {
        let start = found.diagnostic.span.start;
        let from = seen.partition_point(|d| d.diagnostic.span.start < start);
        let same_start = seen[from..].iter();
        let mut same_start = same_start.take_while(|d| d.diagnostic.span.start == start);
        if same_start.any(|d| d == found) {
            continue;
        }
        let rendered = found.diagnostic.render("fuzz.tl", text);
        assert!(rendered.starts_with("fuzz.tl:"), "{found:?}: {rendered:?}");
    }
}

/// Emits `schema` as one file; an error must be one a schema can cause.
fn check_emit(schema: &Schema) {
    let options = EmitOptions {
        threads: NonZeroUsize::new(1),
        ..EmitOptions::default()
    };
    match emit_single_file(schema, &options) {
        Ok(file) => assert!(!file.trim().is_empty(), "an empty file"),
        Err(error @ (EmitError::InvalidOption { .. } | EmitError::UnknownRoot { .. })) => {
            panic!("the emitter failed: {error}")
        }
        Err(error) => assert!(!error.to_string().is_empty(), "{error:?}"),
    }
}
