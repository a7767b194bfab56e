/**
 * Reason words in Danish, Norwegian, Swedish, Finnish, Hungarian, Greek,
 * Romanian, Indonesian and Malay, Vietnamese, Hebrew, Arabic and Thai: no such
 * recipient, a full mailbox, judged to be spam; not for the sender, not the
 * opposite verdict.
 */
import { FURTHER_LANGUAGE_REASON_WORDS } from '../../src/kb/tiers/reason-words-further-languages';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '550 Modtageren findes ikke på denne server', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Danish: the recipient does not exist' },
  { text: '550 Ukjent bruker', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Norwegian: an unknown user' },
  { text: '452 Mottakerens postkasse er full', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: "Norwegian: the recipient's mailbox is full" },
  { text: 'Meddelelsen blev afvist, fordi den blev vurderet som spam', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Danish: judged as spam' },
  { text: '550 Käyttäjää ei ole olemassa', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Finnish: the user does not exist' },
  { text: 'Vastaanottajan postilaatikko on täynnä', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: "Finnish: the recipient's mailbox is full" },
  { text: 'Viesti hylättiin roskapostina', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Finnish: refused as spam' },
  { text: '550 Ismeretlen címzett', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Hungarian: an unknown recipient' },
  { text: 'A címzett postafiókja megtelt', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: "Hungarian: the recipient's mailbox is full" },
  { text: 'Az üzenetet levélszemétnek minősítettük', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Hungarian: judged to be junk mail' },
  { text: '550 Η διεύθυνση δεν υπάρχει', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Greek: the address does not exist' },
  { text: 'Το γραμματοκιβώτιο του παραλήπτη είναι γεμάτο', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: "Greek: the recipient's mailbox is full" },
  { text: '550 Destinatar necunoscut', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Romanian: an unknown recipient' },
  { text: 'Cutia poștală a destinatarului este plină', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: "Romanian: the recipient's mailbox is full" },
  { text: 'Mesajul a fost respins ca spam', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Romanian: refused as spam' },
  { text: '550 Alamat penerima tidak ditemukan', id: 'recipient-unknown', tier: 'reason-phrase', note: "Indonesian: the recipient's address was not found" },
  { text: 'Kotak masuk penerima sudah penuh', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: "Indonesian: the recipient's inbox is full" },
  { text: 'Pesan Anda dianggap spam', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Indonesian: judged to be spam' },
  { text: '550 Địa chỉ email không tồn tại', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Vietnamese: the address does not exist' },
  { text: 'Hộp thư người nhận đã đầy', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: "Vietnamese: the recipient's mailbox is full" },
  { text: 'Thư của bạn bị coi là thư rác', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Vietnamese: taken for spam' },
  { text: '550 הכתובת לא קיימת', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Hebrew: the address does not exist' },
  { text: 'תיבת הדואר של הנמען מלאה', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: "Hebrew: the recipient's mailbox is full" },
  { text: 'ההודעה נחסמה כדואר זבל', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Hebrew: blocked as junk mail (the preposition written on the word)' },
  { text: '550 المستخدم غير موجود', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Arabic: the user does not exist' },
  { text: 'صندوق البريد ممتلئ', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Arabic: the mailbox is full' },
  { text: 'تم رفض الرسالة لأنها بريد مزعج', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Arabic: refused as unwanted mail' },
  { text: '550 ไม่พบที่อยู่อีเมลนี้', id: 'recipient-unknown', tier: 'reason-phrase', note: 'Thai: the address was not found' },
  { text: 'กล่องจดหมายเต็ม', id: 'recipient-mailbox-full', tier: 'reason-phrase', note: 'Thai: the mailbox is full' },
  { text: 'ข้อความถูกตรวจพบว่าเป็นสแปม', id: 'remote-spam-content', tier: 'reason-phrase', note: 'Thai: detected as spam' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 Afsenderens adresse findes ikke', id: 'unknown', tier: 'unknown', note: "Danish: the sender's address" },
  { text: '250 Meddelelsen er ikke spam', id: 'unknown', tier: 'unknown', note: 'Danish: the opposite verdict' },
  { text: '550 Lähettäjän osoitetta ei ole olemassa', id: 'unknown', tier: 'unknown', note: "Finnish: the sender's address" },
  { text: '550 A feladó címe nem létezik', id: 'unknown', tier: 'unknown', note: "Hungarian: the sender's address" },
  { text: '550 Adresa expeditorului nu există', id: 'unknown', tier: 'unknown', note: "Romanian: the sender's address" },
  { text: '550 Alamat pengirim tidak ditemukan', id: 'unknown', tier: 'unknown', note: "Indonesian: the sender's address" },
  { text: '250 Thư không phải thư rác', id: 'unknown', tier: 'unknown', note: 'Vietnamese: the opposite verdict' },
  { text: '550 כתובת השולח לא קיימת', id: 'unknown', tier: 'unknown', note: "Hebrew: the sender's address" },
  { text: '550 عنوان المرسل غير موجود', id: 'unknown', tier: 'unknown', note: "Arabic: the sender's address" },
  { text: '250 Reservation confirmed for the day', id: 'unknown', tier: 'unknown', note: 'English words that share letters with no state word' },
];

describeTierTable('reason words in Nordic, Finnish, Hungarian, Greek, Romanian, Indonesian, Vietnamese, Hebrew, Arabic and Thai', FURTHER_LANGUAGE_REASON_WORDS, EXAMPLES, NEAR_MISSES);
