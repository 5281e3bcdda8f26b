# "Ready for your bot" in the window: Step 10's "What will this key run?" (a bot and a market),
# the card with the readiness the test found, and My keys' line for a key's saved bot. The
# headline and the reasons come from readiness.ftl. Product names stay as they are.

## The two bots the readiness rule added to Connect your bot's list (a name and a hint)

ui-bot-kind-passivbot = Passivbot
    .hint = Bot mã nguồn mở cho hợp đồng hoán đổi vĩnh cửu; cần Chế độ Long/short
ui-bot-kind-octobot = OctoBot
    .hint = Bot mã nguồn mở có giao diện web; dùng Chế độ Mua/bán

## Step 10, after the key passed

ui-ready-question = Khóa này sẽ được dùng cho gì?
ui-ready-lead = Chọn bot và thứ nó giao dịch. Khi đó bài kiểm tra cũng xem tài khoản đã sẵn sàng cho lệnh đầu tiên của bot chưa.
ui-ready-bot = Bot
ui-ready-bot-none = Chưa chọn
ui-ready-market = Thị trường
ui-ready-test-again = Kiểm tra lại với lựa chọn này
ui-ready-untested = Nhấn “Kiểm tra lại với lựa chọn này” để kiểm tra tài khoản cho bot này.
ui-ready-none = Chọn một bot để kiểm tra tài khoản đã sẵn sàng cho nó chưa.
# $fix: where on OKX's site to change it (from readiness.ftl)
ui-ready-fix = Cần làm: { $fix }

## My keys

# $bot: the bot's name; $market: spot or perpetual swaps
ui-ready-saved-for = Đã lưu cho { $bot } ({ $market }). Kiểm tra khóa để biết tài khoản đã sẵn sàng chưa.
