// Step 5: the passphrase (filled in by the passphrase feature).

import { stepFrame } from "../dom.js";

export const STEP5 = {
  id: "s5", rail: "5. Create a passphrase", position: "Step 5 of 10",
  render() {
    return stepFrame("Create your passphrase", ["Coming soon."]);
  },
};
