// Step 9: save and check the three credentials (filled in by the credentials feature).

import { stepFrame } from "../dom.js";

export const STEP9 = {
  id: "s9", rail: "9. Save the credentials", position: "Step 9 of 10",
  render() {
    return stepFrame("Save your three credentials now", ["Coming soon."]);
  },
};
