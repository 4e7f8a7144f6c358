import type { Lexicon } from './types';

// Hindi. Evidence: docs/formats.md#whatsapp-texts, Tables S1–S3, S5 [device export] unless a comment names
// another label. Exports are not always NFC (`छोड़ा` with U+095C); matching compares NFC on both sides.
export const hi: Lexicon = {
  lang: 'hi',
  system: [
    { id: 'system.encryption', text: 'मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं. इस चैट में शामिल लोगों के अलावा कोई भी इन्हें पढ़ या सुन नहीं सकता, WhatsApp भी नहीं.' },
  ],
  tombstones: [
    { id: 'deleted.incoming', text: 'यह मैसेज डिलीट कर दिया गया है.' },
    { id: 'deleted.own', text: 'आपने यह मैसेज डिलीट किया.' },
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
  editedSuffixes: [],
};
