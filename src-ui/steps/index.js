// The order of the guide: before you start, the golden rules, Steps 1-10, then the after-care.

import { START, RULES } from "./intro.js";
import { STEP1, STEP2, STEP3, STEP4 } from "./okx-setup.js";
import { STEP5 } from "./passphrase.js";
import { STEP6, STEP7, STEP8 } from "./okx-security.js";
import { STEP9 } from "./credentials.js";
import { STEP10 } from "./connection.js";
import { VERIFY, TROUBLE, ROTATE, REFERENCE } from "./after.js";

export const STEPS = [
  START, RULES,
  STEP1, STEP2, STEP3, STEP4, STEP5, STEP6, STEP7, STEP8, STEP9, STEP10,
  VERIFY, TROUBLE, ROTATE, REFERENCE,
];
