import type { Lexicon } from './types';

// Hindi. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export] unless a comment names
// another label. Exports are not always NFC (`छोड़ा` with U+095C); matching compares NFC on both sides.
//
// Notice kinds: all 29 of the catalogue (docs/formats.md#whatsapp-lexicon). Backed by an export, the app's
// strings or another parser: encryption; every other notice row is a [translation].
export const hi: Lexicon = {
  lang: 'hi',
  system: [
    { id: 'system.encryption', text: 'मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं. इस चैट में शामिल लोगों के अलावा कोई भी इन्हें पढ़ या सुन नहीं सकता, WhatsApp भी नहीं.' },
    { id: 'system.group_created', text: '{X} ने "{N}" ग्रुप बनाया' }, // [translation]
    { id: 'system.added', text: '{X} ने आपको जोड़ा' }, // [translation]
    { id: 'system.added', text: '{X} ने {Y} को जोड़ा' }, // [translation]
    { id: 'system.left', text: '{X} ने ग्रुप छोड़ा' }, // [translation]
    { id: 'system.removed', text: '{X} ने {Y} को हटाया' }, // [translation]
    { id: 'system.joined_via_link', text: '{X} इस ग्रुप के इनवाइट लिंक से जुड़े' }, // [translation]
    { id: 'system.subject_changed', text: '{X} ने ग्रुप का नाम बदलकर "{N}" कर दिया' }, // [translation]
    { id: 'system.icon_changed', text: '{X} ने इस ग्रुप का आइकॉन बदला' }, // [translation]
    { id: 'system.description_changed', text: '{X} ने ग्रुप का विवरण बदला' }, // [translation]
    { id: 'system.admin', text: 'अब आप एडमिन हैं' }, // [translation]
    { id: 'system.admin', text: 'अब आप एडमिन नहीं हैं' }, // [translation]
    { id: 'system.security_code_changed', text: '{X} के साथ आपका सिक्योरिटी कोड बदल गया है' }, // [translation]
    { id: 'system.timer_on', text: '{X} ने डिसअपीयरिंग मैसेजेस चालू किए' }, // [translation]
    { id: 'system.timer_off', text: '{X} ने डिसअपीयरिंग मैसेजेस बंद किए' }, // [translation]
    { id: 'system.number_changed', text: '{X} ने अपना फ़ोन नंबर बदलकर नया नंबर ले लिया है{U}' }, // [translation]
    { id: 'system.invite_link_reset', text: '{X} ने इस ग्रुप का इनवाइट लिंक रीसेट किया' }, // [translation]
    { id: 'system.pinned', text: '{X} ने एक मैसेज पिन किया' }, // [translation]
    { id: 'system.contact', text: '{X} एक कॉन्टैक्ट है' }, // [translation]
    { id: 'system.blocked', text: 'आपने इस कॉन्टैक्ट को ब्लॉक किया' }, // [translation]
    { id: 'system.unblocked', text: 'आपने इस कॉन्टैक्ट को अनब्लॉक किया' }, // [translation]
    { id: 'system.call_started', text: '{X} ने कॉल शुरू की' }, // [translation]
    { id: 'system.ai', text: 'सिर्फ़ @Meta AI का ज़िक्र करने वाले मैसेज Meta को भेजे जाते हैं{U}' }, // [translation]
    { id: 'system.settings_changed', text: '{X} ने इस ग्रुप में जुड़ने के लिए एडमिन की मंज़ूरी चालू की' }, // [translation]
    { id: 'system.settings_changed', text: '{X} ने इस ग्रुप में जुड़ने के लिए एडमिन की मंज़ूरी बंद की' }, // [translation]
    { id: 'system.unpinned', text: '{X} ने एक मैसेज अनपिन किया' }, // [translation]
    { id: 'system.business', text: 'यह चैट एक बिज़नेस अकाउंट के साथ है{U}' }, // [translation]
    { id: 'system.community', text: '{X} कम्युनिटी से जुड़े' }, // [translation]
    { id: 'system.joined', text: '{X} जुड़े' }, // [translation]
    { id: 'system.join_requested', text: '{X} ने जुड़ने का अनुरोध किया' }, // [translation]
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'यह मैसेज डिलीट कर दिया गया है.' },
    { id: 'deleted.own', text: 'आपने यह मैसेज डिलीट किया.' },
    { id: 'deleted.admin', text: 'यह मैसेज एडमिन ने डिलीट किया' }, // [translation]
  ],
  mediaOmitted: [
    { id: 'media.omitted', text: 'फ़ोटो हटाई गई' },
    { id: 'media.omitted', text: 'वीडियो छोड़ा गया' },
    { id: 'media.omitted', text: 'ऑडियो हटाई गयी' },
    { id: 'media.omitted', text: 'स्टिकर छोड़ा गया' },
    { id: 'media.omitted', text: 'GIF छोड़ा गया' },
    { id: 'contact.omitted', text: 'कॉन्टैक्ट कार्ड छोड़ा गया' },
    { id: 'media.omitted', text: '{F} • {n} पन्ने डॉक्यूमेंट छोड़ा गया' },
    { id: 'media.omitted', text: '{F} डॉक्यूमेंट छोड़ा गया' },
  ],
  attached: [
    { id: 'media.attached', text: '<अटैच किया गया: {F}>' }, // [iOS strings]
    { id: 'media.attached', text: '{F} <अटैच किया गया: {F}>' }, // document line, shape as en (assumed)
  ],
  calls: [],
  locations: [{ id: 'location.pin', text: 'लोकेशन: {U}' }],
  polls: [],
  editedSuffixes: [
    { id: 'edited', text: '<यह मैसेज एडिट किया गया>' }, // [translation]
  ],
  listAnd: 'और',
};
