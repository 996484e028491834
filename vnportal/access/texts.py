"""The default wording of the "Tiếp cận thông tin" page, which editors may change.

Written for vnportal from the Access to Information Law (Luật Tiếp cận thông tin
104/2016/QH13) and Decree 13/2018/NĐ-CP; the law itself is the authority, this text only
tells residents how to use it.
"""

INTRO = (
    "Theo Luật Tiếp cận thông tin số 104/2016/QH13 và Nghị định số 13/2018/NĐ-CP, công dân "
    "có quyền được biết thông tin do cơ quan nhà nước tạo ra. Trang này liệt kê thông tin "
    "chúng tôi công khai trên cổng, nơi tiếp nhận yêu cầu và cách yêu cầu cung cấp thông "
    "tin chưa được công khai."
)

REQUEST = "\n\n".join(
    [
        (
            "Ai được yêu cầu: mọi công dân Việt Nam. Người chưa thành niên hoặc người không tự "
            "thực hiện được quyền này thì yêu cầu qua người đại diện theo pháp luật."
        ),
        (
            "Cách gửi yêu cầu: đến trực tiếp nơi tiếp nhận ghi ở trên; gửi thư qua bưu điện; gửi "
            "thư điện tử; hoặc gửi trực tuyến (qua mạng). Người không biết chữ hoặc khuyết tật có "
            "thể nhờ cán bộ tiếp nhận ghi giúp phiếu yêu cầu."
        ),
        (
            "Phiếu yêu cầu cần ghi: họ và tên; nơi cư trú; số giấy tờ tùy thân; số điện thoại "
            "hoặc thư điện tử (nếu có); thông tin cần được cung cấp; hình thức nhận thông tin "
            "(xem trực tiếp, bản sao, bản chụp, thư điện tử…) và lý do, mục đích yêu cầu."
        ),
        (
            "Thời hạn: thông tin có sẵn được cung cấp ngay hoặc hẹn trong thời gian ngắn; trường "
            "hợp khác, chậm nhất 10 ngày làm việc kể từ ngày nhận phiếu hợp lệ, có thể gia hạn "
            "thêm nhưng không quá 15 ngày làm việc nếu cần thời gian tìm kiếm, tập hợp. Nếu từ "
            "chối, cơ quan trả lời bằng văn bản và nêu rõ lý do."
        ),
        (
            "Chi phí: không thu phí cung cấp thông tin; người yêu cầu chỉ trả chi phí thực tế để "
            "in, sao, chụp và gửi thông tin (nếu có)."
        ),
    ]
)

HOURS = "Sáng 07:00 – 11:30, chiều 13:30 – 17:00, từ thứ Hai đến thứ Sáu (trừ ngày nghỉ lễ)."
