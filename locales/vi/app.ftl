# Các từ dùng trong toàn ứng dụng: tên ứng dụng và tên OKX đặt cho mọi thứ.
# Các term (bắt đầu bằng "-") được chèn vào tin nhắn; chúng không bao giờ hiện riêng.

-app-name = OKX Key Assistant
-okx = OKX


problem-internal = Đã có lỗi bên trong { -app-name }.
    .fix = Đây là lỗi của { -app-name }. Hãy thử lại; nếu lỗi vẫn lặp lại, hãy báo lỗi kèm nhật ký (log) của ứng dụng.
