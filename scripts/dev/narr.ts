// Dev aid: what narrative.mismatch says about sentences, against the pingtan-2025 tables.
import { analyse } from '../../lib/analyse';
import { narrativeMismatch } from '../../lib/checks/narrative-mismatch';
import { loadDocument, loadExpected } from '../../test/helpers/fixtures';
const { url } = loadExpected('pingtan-2025');
const { report } = analyse(loadDocument('pingtan-2025', url), url);
const sentences = [
  '2025年，全区共收到政府信息公开申请154件，其中网上申请100件，信函申请54件。',
  '本年度共受理政府信息公开申请154件，上年结转0件，已全部办结148件，结转下年度6件。',
  '共收到政府信息公开申请154件，同比增长20%，较上年增加26件。',
  '全市各级行政机关共收到政府信息公开申请3000件。',
  '其中自然人申请151件，法人或其他组织申请3件。',
  '予以公开33件，部分公开38件，不予公开11件。',
  '发生政府信息公开行政复议案件36件，行政诉讼案件9件。',
  '因政府信息公开被申请行政复议36件、提起行政诉讼9件，均已审结。',
  '2024年收到政府信息公开申请120件。',
  '共收到政府信息公开申请155件。',
  '行政复议37件。',
  '因政府信息公开申请引发的行政复议37起。',
];
for (const s of sentences) {
  const fs = narrativeMismatch.run({ report, narrative: s });
  console.log(fs.length ? 'FIRE' : ' -  ', s, fs.map((f) => f.message).join(' | '));
}
