// Step 10: test the connection, save to the keychain, copy the report.

import { stepFrame } from "../dom.js";

export const STEP10 = {
  id: "s10", rail: "10. Test and connect", position: "Step 10 of 10",
  render() {
    return stepFrame("Test the key and connect your bot", ["Coming soon."]);
  },
};
