"""Demo content for vnportal: the An Giang province portal and three communes
of the former An Biên district (formed on 1 July 2025).

Pure data, written in Vietnamese (Unicode NFC) for demonstration only: every person,
phone number, e-mail address and event below is fictional.
"""

SITES = [
    {
        "code": "AG",
        "slug": "angiang",
        "kind": "province",
        "unit_name": "tỉnh An Giang",
        "portal_title": "Cổng thông tin điện tử tỉnh An Giang",
        "governing_body": "Ủy ban nhân dân tỉnh An Giang",
        "responsible_person": "Ông Nguyễn Văn Mẫu, Chánh Văn phòng UBND tỉnh An Giang",
        "address": "Số 1 đường Mẫu, phường Rạch Giá, tỉnh An Giang",
        "phone": "0296 3 000 000",
        "email": "ubnd@angiang.example.gov.vn",
        "about": [
            "Tỉnh An Giang nằm ở phía Tây Nam của vùng Đồng bằng sông Cửu Long, phía Tây Bắc giáp "
            "Vương quốc Campuchia, phía Tây và Tây Nam giáp vịnh Thái Lan. Địa hình của tỉnh đa "
            "dạng, gồm đồng bằng phù sa ven sông Tiền, sông Hậu, vùng núi thấp, vùng ven biển và "
            "hệ thống đảo, quần đảo.",
            "Từ ngày 01/7/2025, tỉnh An Giang được tổ chức lại trên cơ sở sắp xếp toàn bộ diện "
            "tích tự nhiên, quy mô dân số của tỉnh An Giang và tỉnh Kiên Giang, đồng thời vận "
            "hành mô hình chính quyền địa phương hai cấp, không còn cấp huyện. Trung tâm chính "
            "trị - hành chính của tỉnh đặt tại khu vực Rạch Giá. Tỉnh có diện tích tự nhiên "
            "khoảng 9.900 km², dân số gần 5 triệu người, với hơn 100 đơn vị hành chính cấp xã gồm "
            "các xã, phường và đặc khu.",
            "An Giang là một trong những địa phương dẫn đầu cả nước về sản lượng lúa gạo và thủy "
            "sản. Vùng ven biển phát triển mô hình lúa - tôm, nuôi trồng và khai thác hải sản; "
            "các đặc khu và vùng biên giới có thế mạnh về du lịch, thương mại, dịch vụ và kinh tế "
            "cửa khẩu.",
            "Cổng thông tin điện tử tỉnh là kênh cung cấp thông tin chính thống về hoạt động chỉ "
            "đạo, điều hành của chính quyền, các chủ trương, chính sách và dịch vụ công phục vụ "
            "người dân, doanh nghiệp. Lưu ý: toàn bộ nội dung trên trang này là dữ liệu mẫu "
            "(demo) của dự án mã nguồn mở vnportal, không phải thông tin chính thức của tỉnh An "
            "Giang.",
        ],
    },
    {
        "code": "AG-ANBIEN",
        "slug": "anbien",
        "kind": "commune",
        "unit_name": "xã An Biên",
        "portal_title": "Cổng thông tin điện tử xã An Biên",
        "governing_body": "Ủy ban nhân dân xã An Biên",
        "responsible_person": "Bà Trương Thị Mẫu, Chánh Văn phòng HĐND và UBND xã An Biên",
        "address": "Số 1 đường Mẫu, ấp Trung Tâm, xã An Biên, tỉnh An Giang",
        "phone": "0296 3 000 001",
        "email": "ubnd@anbien.angiang.example.gov.vn",
        "about": [
            "Xã An Biên nằm ở vùng ven biển Tây của tỉnh An Giang, cách trung tâm chính trị - "
            "hành chính của tỉnh tại khu vực Rạch Giá vài chục ki-lô-mét về phía Nam. Tuyến Quốc "
            "lộ 63 đi qua địa bàn xã, tạo thuận lợi cho giao thương, vận chuyển hàng hóa và đi "
            "lại của Nhân dân.",
            "Xã được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp một số đơn vị hành chính cấp "
            "xã thuộc huyện An Biên cũ, trước đây thuộc tỉnh Kiên Giang, khi cả nước chuyển sang "
            "mô hình chính quyền địa phương hai cấp. Xã có diện tích tự nhiên khoảng hơn 100 km², "
            "dân số khoảng 40 nghìn người, sinh sống tập trung dọc các trục giao thông và ven "
            "kênh rạch.",
            "Kinh tế của xã chủ yếu dựa vào sản xuất nông nghiệp, trong đó mô hình luân canh lúa "
            "- tôm là thế mạnh; thương mại, dịch vụ tại khu vực chợ và dọc Quốc lộ 63 ngày càng "
            "phát triển. Chính quyền xã tập trung xây dựng nông thôn mới nâng cao, cải cách hành "
            "chính và chuyển đổi số để phục vụ người dân ngày càng tốt hơn.",
            "Lưu ý: toàn bộ nội dung trên trang này là dữ liệu mẫu (demo) của dự án mã nguồn mở "
            "vnportal, không phải thông tin chính thức của xã An Biên.",
        ],
    },
    {
        "code": "AG-TAYYEN",
        "slug": "tayyen",
        "kind": "commune",
        "unit_name": "xã Tây Yên",
        "portal_title": "Cổng thông tin điện tử xã Tây Yên",
        "governing_body": "Ủy ban nhân dân xã Tây Yên",
        "responsible_person": "Ông Đỗ Văn Thử, Chánh Văn phòng HĐND và UBND xã Tây Yên",
        "address": "Số 2 đường Mẫu, ấp Trung Tâm, xã Tây Yên, tỉnh An Giang",
        "phone": "0296 3 000 002",
        "email": "ubnd@tayyen.angiang.example.gov.vn",
        "about": [
            "Xã Tây Yên là xã ven biển của tỉnh An Giang, phía Tây giáp biển Tây. Tuyến đê biển "
            "và dải rừng phòng hộ ven biển có vai trò quan trọng trong phòng, chống thiên tai, "
            "bảo vệ sản xuất và đời sống của Nhân dân.",
            "Xã được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp một số xã ven biển thuộc "
            "huyện An Biên cũ, tỉnh Kiên Giang, theo chủ trương tổ chức chính quyền địa phương "
            "hai cấp. Xã có diện tích tự nhiên khoảng 130 km², dân số khoảng 40 nghìn người; "
            "nhiều hộ dân gắn bó với nghề biển và sản xuất lúa - tôm.",
            "Kinh tế của xã phát triển theo hướng kết hợp nông nghiệp, thủy sản và dịch vụ, với "
            "các mô hình lúa - tôm, nuôi tôm quảng canh cải tiến, khai thác và nuôi trồng thủy "
            "sản vùng bãi bồi ven biển. Chính quyền xã chú trọng quản lý tàu cá, chống khai thác "
            "hải sản bất hợp pháp, bảo vệ rừng phòng hộ và thích ứng với biến đổi khí hậu.",
            "Lưu ý: toàn bộ nội dung trên trang này là dữ liệu mẫu (demo) của dự án mã nguồn mở "
            "vnportal, không phải thông tin chính thức của xã Tây Yên.",
        ],
    },
    {
        "code": "AG-DONGTHAI",
        "slug": "dongthai",
        "kind": "commune",
        "unit_name": "xã Đông Thái",
        "portal_title": "Cổng thông tin điện tử xã Đông Thái",
        "governing_body": "Ủy ban nhân dân xã Đông Thái",
        "responsible_person": "Bà Cao Thị Ví Dụ, Chánh Văn phòng HĐND và UBND xã Đông Thái",
        "address": "Số 3 đường Mẫu, ấp Trung Tâm, xã Đông Thái, tỉnh An Giang",
        "phone": "0296 3 000 003",
        "email": "ubnd@dongthai.angiang.example.gov.vn",
        "about": [
            "Xã Đông Thái nằm trong vùng sản xuất lúa - tôm ven biển Tây của tỉnh An Giang, có hệ "
            "thống kênh rạch chằng chịt, thuận lợi cho giao thông thủy, tưới tiêu và nuôi trồng "
            "thủy sản.",
            "Xã được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp một số đơn vị hành chính cấp "
            "xã thuộc huyện An Biên cũ, tỉnh Kiên Giang, theo chủ trương tổ chức chính quyền địa "
            "phương hai cấp. Xã có diện tích tự nhiên khoảng hơn 100 km², dân số khoảng 35 nghìn "
            "người.",
            "Nông nghiệp giữ vai trò chủ lực với mô hình lúa - tôm, trồng lúa thơm chịu mặn, nuôi "
            "tôm càng xanh xen canh và chăn nuôi quy mô hộ gia đình; các hợp tác xã nông nghiệp "
            "từng bước liên kết tiêu thụ sản phẩm với doanh nghiệp. Xã đang tập trung nâng chất "
            "các tiêu chí nông thôn mới, chỉnh trang giao thông nông thôn và nâng cao chất lượng "
            "giáo dục, y tế.",
            "Lưu ý: toàn bộ nội dung trên trang này là dữ liệu mẫu (demo) của dự án mã nguồn mở "
            "vnportal, không phải thông tin chính thức của xã Đông Thái.",
        ],
    },
]

ARTICLES = [
    {
        "site": "angiang",
        "category": "dan-van-chinh-quyen",
        "title": (
            "Lãnh đạo tỉnh chung vui Ngày hội Đại đoàn kết toàn dân tộc với Nhân dân khu dân cư"
        ),
        "sapo": (
            "Nhân kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - "
            "18/11/2026), các đồng chí lãnh đạo tỉnh đã về dự Ngày hội Đại đoàn kết toàn dân tộc "
            "tại nhiều khu dân cư trong tỉnh."
        ),
        "body": [
            "Không khí ngày hội diễn ra ấm áp, gần gũi với các hoạt động văn hóa, văn nghệ, thể "
            "thao và biểu dương những gia đình, cá nhân tiêu biểu trong phong trào “Toàn dân đoàn "
            "kết xây dựng nông thôn mới, đô thị văn minh”. Nhiều khu dân cư đạt chuẩn văn hóa, "
            "giữ vững an ninh trật tự được khen thưởng.",
            "Phát biểu tại ngày hội, lãnh đạo tỉnh ghi nhận Mặt trận Tổ quốc và các tổ chức chính "
            "trị - xã hội sau khi sắp xếp tổ chức bộ máy tiếp tục là cầu nối vững chắc giữa Đảng, "
            "chính quyền với Nhân dân. Sức mạnh khối đại đoàn kết được thể hiện rõ qua việc người "
            "dân góp công, góp đất làm đường, chung tay xây dựng nhà Đại đoàn kết cho hộ khó khăn.",
            "Dịp này, các đoàn công tác đã trao quà cho hộ nghèo, gia đình chính sách và hỗ trợ "
            "kinh phí xây dựng công trình phúc lợi tại khu dân cư. Nhiều nơi tổ chức bữa cơm đoàn "
            "kết, tạo không khí vui tươi, gắn bó trong cộng đồng.",
        ],
        "author": "Lâm Thị Mẫu",
        "source": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang",
        "published_at": "2026-11-18 19:30",
        "featured": None,
    },
    {
        "site": "angiang",
        "category": "tin-hoat-dong",
        "title": (
            "An Giang triển khai kế hoạch phòng, chống hạn hán, xâm nhập mặn mùa khô 2026-2027"
        ),
        "sapo": (
            "UBND tỉnh vừa tổ chức hội nghị triển khai kế hoạch phòng, chống hạn hán, thiếu nước "
            "và xâm nhập mặn mùa khô 2026-2027, yêu cầu các địa phương ven biển chủ động phương án "
            "bảo vệ sản xuất và nước sinh hoạt cho Nhân dân."
        ),
        "body": [
            "Theo nhận định của cơ quan khí tượng thủy văn, mùa khô 2026-2027 ranh mặn có khả "
            "năng xâm nhập sâu hơn trung bình nhiều năm, tập trung từ tháng 2 đến tháng 4 năm "
            "2027. Khu vực chịu ảnh hưởng nhiều là các xã ven biển phía Tây Nam của tỉnh, nơi có "
            "diện tích lúa - tôm và lúa Đông Xuân lớn.",
            "Sở Nông nghiệp và Môi trường được giao chủ trì xây dựng lịch thời vụ phù hợp, khuyến "
            "cáo người dân xuống giống sớm để né mặn và sử dụng giống lúa chịu mặn. Hệ thống "
            "cống, đập ngăn mặn phải được kiểm tra, sửa chữa xong trước tháng 12/2026 để kịp vận "
            "hành khi mặn xâm nhập.",
            "Đối với nước sinh hoạt, các đơn vị cấp nước được yêu cầu rà soát năng lực dự trữ, "
            "lắp đặt bổ sung bồn chứa tại những khu dân cư thường thiếu nước. UBND các xã tổ chức "
            "tuyên truyền để người dân chủ động trữ nước ngọt, sử dụng tiết kiệm và theo dõi "
            "thông tin độ mặn được cập nhật thường xuyên.",
            "Lãnh đạo UBND tỉnh nhấn mạnh, kế hoạch phải được cụ thể hóa đến từng ấp, từng cánh "
            "đồng, tránh tình trạng bị động, lúng túng khi thiên tai xảy ra. Kinh phí dự phòng "
            "cho công tác phòng, chống hạn mặn cần được bố trí sớm.",
        ],
        "author": "Phạm Thị Ví Dụ",
        "source": "Sở Nông nghiệp và Môi trường tỉnh An Giang",
        "published_at": "2026-11-12 15:30",
        "featured": 1,
    },
    {
        "site": "angiang",
        "category": "chuyen-doi-so",
        "title": (
            "Đẩy mạnh Đề án 06, khai thác hiệu quả dữ liệu dân cư trong giải quyết thủ tục hành "
            "chính"
        ),
        "sapo": (
            "Tổ công tác triển khai Đề án 06 của tỉnh vừa họp đánh giá kết quả 10 tháng năm 2026, "
            "xác định việc làm sạch và khai thác dữ liệu là nhiệm vụ trọng tâm trong thời gian tới."
        ),
        "body": [
            "Theo báo cáo, các cơ sở dữ liệu chuyên ngành như hộ tịch, bảo hiểm, đất đai và an "
            "sinh xã hội đang từng bước được làm sạch, đồng bộ với Cơ sở dữ liệu quốc gia về dân "
            "cư. Nhiều tiện ích như khám chữa bệnh bằng thẻ căn cước hoặc tài khoản VNeID, chi "
            "trả trợ cấp xã hội qua tài khoản đã được triển khai rộng rãi.",
            "Công an các xã, phường, đặc khu đã phối hợp với tổ công nghệ số cộng đồng hướng dẫn "
            "người dân kích hoạt tài khoản định danh điện tử mức độ 2, tích hợp giấy phép lái xe, "
            "thẻ bảo hiểm y tế trên ứng dụng VNeID. Đây là nền tảng để người dân sử dụng các tiện "
            "ích số trong đời sống hằng ngày.",
            "Tổ công tác yêu cầu các sở, ngành không đòi hỏi người dân xuất trình giấy tờ đã được "
            "tích hợp, chia sẻ trên hệ thống. Quá trình khai thác dữ liệu phải bảo đảm an toàn, "
            "an ninh thông tin và bảo vệ dữ liệu cá nhân theo quy định.",
        ],
        "author": "Phạm Thị Ví Dụ",
        "source": "Công an tỉnh An Giang",
        "published_at": "2026-11-05 15:40",
        "featured": None,
    },
    {
        "site": "angiang",
        "category": "xay-dung-nong-thon-moi",
        "title": (
            "Tập huấn canh tác lúa chất lượng cao, phát thải thấp cho hợp tác xã vùng đồng bằng"
        ),
        "sapo": (
            "Nhằm thực hiện Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng "
            "cao, phát thải thấp, ngành nông nghiệp tỉnh tổ chức lớp tập huấn cho cán bộ kỹ thuật "
            "và thành viên hợp tác xã trước vụ Đông Xuân 2026-2027."
        ),
        "body": [
            "Nội dung tập huấn gồm các biện pháp giảm lượng giống gieo sạ, bón phân cân đối, tưới "
            "ngập khô xen kẽ và thu gom rơm rạ ra khỏi đồng ruộng thay vì đốt bỏ. Học viên cũng "
            "được hướng dẫn ghi chép nhật ký đồng ruộng để phục vụ đo đạc, báo cáo và thẩm định "
            "lượng phát thải.",
            "Theo cán bộ kỹ thuật, áp dụng đồng bộ các giải pháp này giúp giảm chi phí sản xuất, "
            "tăng lợi nhuận cho nông dân, đồng thời giảm phát thải khí nhà kính. Nhiều hợp tác xã "
            "đã ký kết liên kết tiêu thụ với doanh nghiệp, bảo đảm đầu ra ổn định cho lúa chất "
            "lượng cao.",
            "Ngành nông nghiệp sẽ tiếp tục mở rộng vùng canh tác tham gia đề án, gắn với hoàn "
            "thiện hạ tầng thủy lợi nội đồng và củng cố hoạt động của các hợp tác xã. Đây cũng là "
            "giải pháp nâng chất tiêu chí tổ chức sản xuất trong xây dựng nông thôn mới.",
        ],
        "author": "Ngô Văn Mẫu Thử",
        "source": "Sở Nông nghiệp và Môi trường tỉnh An Giang",
        "published_at": "2026-10-22 10:50",
        "featured": None,
    },
    {
        "site": "angiang",
        "category": "dan-van-chinh-quyen",
        "title": (
            "Chủ tịch UBND tỉnh tiếp công dân định kỳ, giải quyết dứt điểm nhiều vụ việc tồn đọng"
        ),
        "sapo": (
            "Tại buổi tiếp công dân định kỳ tháng 10/2026, Chủ tịch UBND tỉnh đã trực tiếp lắng "
            "nghe, trao đổi và chỉ đạo giải quyết kiến nghị của các công dân đến từ một số xã, "
            "phường trong tỉnh."
        ),
        "body": [
            "Các nội dung công dân phản ánh chủ yếu liên quan đến bồi thường, hỗ trợ khi Nhà nước "
            "thu hồi đất, cấp giấy chứng nhận quyền sử dụng đất và tranh chấp ranh giới giữa các "
            "hộ liền kề. Một số trường hợp đã được xem xét qua nhiều cấp nhưng công dân chưa đồng "
            "tình với kết quả giải quyết.",
            "Sau khi nghe ý kiến của các sở, ngành và chính quyền cơ sở, Chủ tịch UBND tỉnh giao "
            "Sở Nông nghiệp và Môi trường phối hợp với UBND các xã kiểm tra lại hồ sơ, đối chiếu "
            "thực địa và trả lời công dân bằng văn bản trong thời hạn quy định. Những vụ việc đủ "
            "căn cứ phải giải quyết ngay, không để kéo dài gây bức xúc.",
            "Chủ tịch UBND tỉnh nhấn mạnh, tiếp công dân là trách nhiệm của người đứng đầu. Sau "
            "sắp xếp, chủ tịch UBND cấp xã càng phải gần dân, nắm chắc tình hình và giải quyết "
            "kiến nghị ngay từ cơ sở.",
        ],
        "author": "Võ Văn Minh Họa",
        "source": "Ban Tiếp công dân tỉnh An Giang",
        "published_at": "2026-10-15 17:00",
        "featured": None,
    },
    {
        "site": "angiang",
        "category": "kinh-te-xa-hoi",
        "title": "Kinh tế - xã hội 9 tháng: nông nghiệp ổn định, du lịch và thương mại khởi sắc",
        "sapo": (
            "Theo báo cáo của UBND tỉnh, 9 tháng đầu năm 2026, kinh tế của tỉnh duy trì đà tăng "
            "trưởng; các lĩnh vực văn hóa, xã hội, an sinh được quan tâm, quốc phòng - an ninh "
            "được giữ vững."
        ),
        "body": [
            "Sản xuất nông nghiệp tiếp tục là trụ đỡ của nền kinh tế với sản lượng lúa, thủy sản "
            "đạt khá so với kế hoạch. Giá lúa và giá tôm trong những tháng gần đây ổn định, giúp "
            "nông dân có lãi; nhiều vùng sản xuất tập trung được hình thành gắn với liên kết tiêu "
            "thụ.",
            "Ngành du lịch ghi nhận lượng khách tăng khá, nhất là tại các khu, điểm du lịch biển "
            "đảo và du lịch tâm linh. Hoạt động thương mại, dịch vụ sôi động; gạo và thủy sản "
            "tiếp tục là những mặt hàng xuất khẩu chủ lực của tỉnh.",
            "Bên cạnh đó, tiến độ một số công trình giao thông trọng điểm và giải ngân vốn đầu tư "
            "công vẫn còn chậm. UBND tỉnh yêu cầu các ngành, địa phương tập trung tháo gỡ khó "
            "khăn, phấn đấu hoàn thành cao nhất các chỉ tiêu kinh tế - xã hội năm 2026.",
            "Về an sinh xã hội, các chính sách đối với người có công, hộ nghèo, hộ cận nghèo được "
            "thực hiện đầy đủ, kịp thời. Công tác chăm sóc sức khỏe Nhân dân và phòng, chống dịch "
            "bệnh được duy trì thường xuyên.",
        ],
        "author": "Huỳnh Văn Mẫu",
        "source": "Văn phòng UBND tỉnh An Giang",
        "published_at": "2026-10-09 16:20",
        "featured": 4,
    },
    {
        "site": "angiang",
        "category": "tin-hoat-dong",
        "title": (
            "Tăng cường kiểm tra tàu cá tại cảng, quyết tâm chấm dứt khai thác hải sản bất hợp pháp"
        ),
        "sapo": (
            "Đoàn kiểm tra liên ngành của tỉnh vừa làm việc tại một số cảng cá và cửa biển để đánh "
            "giá việc thực hiện các quy định về chống khai thác hải sản bất hợp pháp, không báo "
            "cáo và không theo quy định (IUU)."
        ),
        "body": [
            "Qua kiểm tra, phần lớn tàu cá có chiều dài từ 15 m trở lên đã lắp đặt và duy trì "
            "thiết bị giám sát hành trình, thực hiện khai báo khi xuất, nhập bến và ghi nhật ký "
            "khai thác theo quy định. Việc cập nhật dữ liệu tàu cá lên hệ thống quản lý nghề cá "
            "quốc gia được thực hiện khá đầy đủ.",
            "Bên cạnh kết quả đạt được, đoàn chỉ ra một số tàu mất kết nối thiết bị giám sát hành "
            "trình trong thời gian dài, một số chủ tàu chưa kịp làm thủ tục đăng ký lại sau khi "
            "chuyển nhượng. Các trường hợp vi phạm được yêu cầu khắc phục ngay và xử lý nghiêm "
            "theo quy định.",
            "Đoàn đề nghị chính quyền các xã, đặc khu ven biển tiếp tục phối hợp với Bộ đội Biên "
            "phòng tuyên truyền đến từng chủ tàu, thuyền trưởng; kiên quyết không để tàu cá của "
            "địa phương vi phạm vùng biển nước ngoài. Đây là nhiệm vụ trọng tâm, góp phần xây "
            "dựng nghề cá có trách nhiệm và phát triển bền vững.",
        ],
        "author": "Huỳnh Văn Mẫu",
        "source": "",
        "published_at": "2026-10-07 11:05",
        "featured": None,
    },
    {
        "site": "angiang",
        "category": "dan-van-chinh-quyen",
        "title": "Sơ kết công tác dân vận chính quyền 9 tháng, nhân rộng các mô hình dân vận khéo",
        "sapo": (
            "Hội nghị sơ kết công tác dân vận chính quyền 9 tháng đầu năm 2026 ghi nhận sự chuyển "
            "biến tích cực trong thái độ phục vụ Nhân dân của đội ngũ cán bộ, công chức sau khi "
            "vận hành chính quyền địa phương hai cấp."
        ),
        "body": [
            "Theo báo cáo, 9 tháng qua, các cơ quan hành chính nhà nước trong tỉnh đã gắn công "
            "tác dân vận với cải cách hành chính, thực hiện nghiêm quy tắc ứng xử của cán bộ, "
            "công chức khi tiếp xúc với người dân. Nhiều xã, phường bố trí khu vực hướng dẫn, hỗ "
            "trợ người cao tuổi, người khuyết tật khi đến làm thủ tục.",
            "Toàn tỉnh có nhiều mô hình dân vận khéo được công nhận ở các lĩnh vực như vận động "
            "hiến đất làm đường, chăm lo hộ nghèo, giữ gìn trật tự an toàn xã hội và bảo vệ môi "
            "trường. Không ít mô hình xuất phát từ ấp, khóm, do chính người dân đề xuất và cùng "
            "thực hiện.",
            "Hội nghị cũng thẳng thắn chỉ ra hạn chế như việc giải quyết một số kiến nghị về đất "
            "đai còn kéo dài, công tác đối thoại ở một vài nơi còn hình thức. Thời gian tới, các "
            "địa phương được yêu cầu tăng cường tiếp xúc, đối thoại trực tiếp, lắng nghe và giải "
            "quyết dứt điểm những vấn đề người dân quan tâm.",
        ],
        "author": "Đặng Thị Thử Nghiệm",
        "source": "",
        "published_at": "2026-10-02 14:10",
        "featured": None,
    },
    {
        "site": "angiang",
        "category": "xay-dung-nong-thon-moi",
        "title": "Nhiều sản phẩm vùng lúa - tôm tham gia đánh giá, phân hạng OCOP đợt 2 năm 2026",
        "sapo": (
            "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh vừa tổ chức chấm điểm các sản "
            "phẩm đăng ký đợt 2 năm 2026, trong đó có nhiều sản phẩm gạo, tôm khô và đặc sản chế "
            "biến từ các xã ven biển."
        ),
        "body": [
            "Các sản phẩm được đánh giá theo bộ tiêu chí về tổ chức sản xuất, khả năng tiếp thị, "
            "chất lượng sản phẩm và khả năng phát triển thị trường. Nhiều chủ thể là hợp tác xã, "
            "tổ hợp tác và hộ kinh doanh đã đầu tư bao bì, nhãn mác, truy xuất nguồn gốc bằng mã "
            "QR.",
            "Hội đồng đánh giá cao những sản phẩm gạo thơm canh tác trên đất lúa - tôm nhờ quy "
            "trình sản xuất hạn chế phân bón hóa học, thân thiện với môi trường. Một số sản phẩm "
            "tôm khô, mắm và khô cá cũng có cải tiến rõ nét về mẫu mã và điều kiện an toàn thực "
            "phẩm.",
            "Bên cạnh đó, hội đồng lưu ý một số chủ thể còn thiếu hồ sơ chứng minh nguồn gốc "
            "nguyên liệu, chưa có kế hoạch kinh doanh rõ ràng. Kết quả phân hạng sẽ được công bố "
            "sau khi hoàn tất thẩm định hồ sơ theo quy định.",
        ],
        "author": "Bùi Thị Thử",
        "source": "",
        "published_at": "2026-09-24 09:15",
        "featured": None,
    },
    {
        "site": "angiang",
        "category": "tin-hoat-dong",
        "title": "Lãnh đạo tỉnh kiểm tra công tác phòng, chống lũ tại các xã vùng đầu nguồn",
        "sapo": (
            "Trước diễn biến mực nước thượng nguồn sông Mê Kông đang lên, đoàn công tác của UBND "
            "tỉnh đã kiểm tra thực tế các tuyến đê bao, điểm sạt lở và phương án sơ tán dân tại "
            "một số xã vùng đầu nguồn."
        ),
        "body": [
            "Tại các điểm kiểm tra, đoàn ghi nhận nhiều xã đã chủ động gia cố đê bao, bố trí lực "
            "lượng trực ở những đoạn xung yếu và chuẩn bị sẵn vật tư, phương tiện theo phương "
            "châm bốn tại chỗ. Các hộ dân sống ven sông, trong vùng có nguy cơ sạt lở đã được "
            "thông báo, hướng dẫn di dời khi cần thiết.",
            "Theo cơ quan chuyên môn, lũ năm 2026 trên sông Tiền, sông Hậu được dự báo ở mức xấp "
            "xỉ trung bình nhiều năm, nhưng có thể kết hợp với triều cường và mưa lớn cục bộ gây "
            "ngập úng vùng trũng. Nguy cơ sạt lở bờ sông vẫn tiềm ẩn tại một số khu vực có dòng "
            "chảy mạnh.",
            "Phát biểu chỉ đạo, lãnh đạo tỉnh đề nghị chính quyền các xã không chủ quan, tổ chức "
            "kiểm tra đê bao hằng ngày, nhất là những tuyến bảo vệ lúa Thu Đông. Lực lượng công "
            "an, quân sự cấp xã sẵn sàng hỗ trợ người dân khi có sự cố, bảo đảm an toàn tính mạng "
            "là trên hết.",
            "Đoàn cũng lưu ý tăng cường quản lý học sinh trong mùa nước nổi, tổ chức dạy bơi và "
            "phòng, chống đuối nước cho trẻ em. Những điểm trường ở vùng trũng cần có phương án "
            "đưa đón học sinh an toàn.",
        ],
        "author": "Lê Văn Thử",
        "source": "Văn phòng UBND tỉnh An Giang",
        "published_at": "2026-09-16 10:20",
        "featured": 2,
    },
    {
        "site": "angiang",
        "category": "chuyen-doi-so",
        "title": "Phong trào “Bình dân học vụ số” lan tỏa đến từng ấp, khóm",
        "sapo": (
            "Hưởng ứng phong trào “Bình dân học vụ số”, nhiều địa phương trong tỉnh đã tổ chức lớp "
            "phổ cập kỹ năng số cơ bản cho người dân, đặc biệt là người cao tuổi, nông dân và tiểu "
            "thương."
        ),
        "body": [
            "Các lớp học được tổ chức linh hoạt tại nhà văn hóa ấp, trường học hoặc ngay tại chợ. "
            "Nội dung rất thiết thực: sử dụng điện thoại thông minh, kích hoạt tài khoản định "
            "danh điện tử VNeID, nộp hồ sơ dịch vụ công, thanh toán không dùng tiền mặt và nhận "
            "biết thủ đoạn lừa đảo trên mạng.",
            "Lực lượng nòng cốt là các tổ công nghệ số cộng đồng, đoàn viên thanh niên và giáo "
            "viên. Nhiều học viên lớn tuổi cho biết, sau vài buổi học đã tự tra cứu được thông "
            "tin bảo hiểm y tế, xem lịch tiêm chủng cho cháu và gọi video với người thân ở xa.",
            "Sở Khoa học và Công nghệ đề nghị các địa phương duy trì lớp học thường xuyên, gắn "
            "với chỉ tiêu cụ thể về tỷ lệ người trưởng thành có kỹ năng số cơ bản. Việc tổ chức "
            "cần thực chất, tránh hình thức, chạy theo số lượng.",
        ],
        "author": "Lê Văn Thử",
        "source": "Sở Khoa học và Công nghệ tỉnh An Giang",
        "published_at": "2026-09-09 08:05",
        "featured": None,
    },
    {
        "site": "angiang",
        "category": "kinh-te-xa-hoi",
        "title": "Học sinh toàn tỉnh hân hoan khai giảng năm học 2026-2027",
        "sapo": (
            "Sáng 5/9, các trường học trên địa bàn tỉnh đồng loạt tổ chức lễ khai giảng năm học "
            "2026-2027 trong không khí vui tươi, phấn khởi và an toàn."
        ),
        "body": [
            "Đây là năm học thứ hai các trường hoạt động trong mô hình chính quyền địa phương hai "
            "cấp, với việc quản lý trường mầm non, tiểu học, trung học cơ sở giao cho UBND cấp "
            "xã. Ngành giáo dục đã chủ động rà soát đội ngũ, bổ sung giáo viên còn thiếu và sửa "
            "chữa phòng học trước ngày tựu trường.",
            "Tại các buổi lễ, lãnh đạo tỉnh và các sở, ngành đã đến dự, động viên thầy cô giáo và "
            "học sinh, nhất là tại những trường vùng sâu, vùng ven biển và hải đảo. Nhiều phần "
            "quà gồm sách vở, xe đạp, học bổng được trao cho học sinh có hoàn cảnh khó khăn vượt "
            "khó học tốt.",
            "Sở Giáo dục và Đào tạo đề nghị các trường tiếp tục đổi mới phương pháp dạy học, đẩy "
            "mạnh chuyển đổi số trong quản lý và giảng dạy. Các trường cũng cần chú trọng giáo "
            "dục kỹ năng sống, phòng, chống đuối nước và bạo lực học đường.",
        ],
        "author": "Đặng Thị Thử Nghiệm",
        "source": "Sở Giáo dục và Đào tạo tỉnh An Giang",
        "published_at": "2026-09-05 11:30",
        "featured": 5,
    },
    {
        "site": "angiang",
        "category": "xay-dung-nong-thon-moi",
        "title": "Rà soát, đánh giá lại mức đạt chuẩn nông thôn mới của các xã sau sắp xếp",
        "sapo": (
            "Sở Nông nghiệp và Môi trường đang phối hợp với UBND các xã rà soát, đánh giá lại mức "
            "độ đạt các tiêu chí nông thôn mới trên địa bàn các xã được thành lập từ ngày "
            "01/7/2025."
        ),
        "body": [
            "Sau khi sắp xếp, nhiều xã mới được hình thành từ các đơn vị có mức độ đạt chuẩn khác "
            "nhau: có nơi đã đạt chuẩn nông thôn mới nâng cao, có nơi mới đạt chuẩn hoặc còn "
            "thiếu một số tiêu chí. Vì vậy, việc đánh giá lại là cần thiết để xác định đúng thực "
            "trạng và xây dựng lộ trình phù hợp.",
            "Quá trình rà soát tập trung vào các tiêu chí về giao thông, thủy lợi, trường học, cơ "
            "sở vật chất văn hóa, thu nhập, hộ nghèo và môi trường. Đối với những tiêu chí bị ảnh "
            "hưởng do thay đổi quy mô diện tích, dân số, các xã được hướng dẫn cập nhật số liệu "
            "và đề xuất giải pháp khắc phục cụ thể.",
            "Kết quả rà soát là căn cứ để tỉnh xây dựng kế hoạch thực hiện Chương trình mục tiêu "
            "quốc gia xây dựng nông thôn mới giai đoạn 2026-2030. Nguồn lực sẽ được ưu tiên cho "
            "các xã còn nhiều khó khăn, vùng ven biển và vùng đồng bào dân tộc thiểu số.",
        ],
        "author": "Phan Văn Ví Dụ",
        "source": "Sở Nông nghiệp và Môi trường tỉnh An Giang",
        "published_at": "2026-08-20 08:40",
        "featured": None,
    },
    {
        "site": "angiang",
        "category": "chuyen-doi-so",
        "title": (
            "Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình tại Trung tâm Phục vụ hành chính công các "
            "xã"
        ),
        "sapo": (
            "Sau hơn một năm vận hành chính quyền địa phương hai cấp, tỷ lệ hồ sơ thủ tục hành "
            "chính được tiếp nhận và giải quyết trực tuyến trên địa bàn tỉnh tăng rõ rệt, góp phần "
            "giảm thời gian đi lại cho người dân."
        ),
        "body": [
            "Tại Trung tâm Phục vụ hành chính công các xã, phường, đặc khu, công chức và đoàn "
            "viên thanh niên được bố trí hướng dẫn người dân tạo tài khoản, nộp hồ sơ trên Cổng "
            "Dịch vụ công quốc gia và thanh toán phí, lệ phí trực tuyến. Nhiều thủ tục như đăng "
            "ký khai sinh, chứng thực bản sao điện tử, cấp phiếu lý lịch tư pháp đã được thực "
            "hiện toàn trình.",
            "Theo Sở Khoa học và Công nghệ, hạ tầng mạng và thiết bị tại cấp xã cơ bản đáp ứng "
            "yêu cầu; hệ thống thông tin giải quyết thủ tục hành chính của tỉnh được kết nối với "
            "Cơ sở dữ liệu quốc gia về dân cư. Nhờ đó, người dân không phải cung cấp lại những "
            "giấy tờ đã có trong cơ sở dữ liệu.",
            "Thời gian tới, tỉnh tiếp tục rà soát, cắt giảm thành phần hồ sơ, tái cấu trúc quy "
            "trình và tăng cường kiểm tra chất lượng dịch vụ công trực tuyến. Mục tiêu là người "
            "dân, doanh nghiệp có thể thực hiện thủ tục mọi lúc, mọi nơi, trên mọi thiết bị.",
        ],
        "author": "Trần Thị Minh Họa",
        "source": "Sở Khoa học và Công nghệ tỉnh An Giang",
        "published_at": "2026-08-12 14:25",
        "featured": 3,
    },
    {
        "site": "angiang",
        "category": "tin-hoat-dong",
        "title": (
            "UBND tỉnh họp phiên thường kỳ tháng 7, tập trung tháo gỡ vướng mắc giải ngân đầu tư "
            "công"
        ),
        "sapo": (
            "Ngày 4/8, UBND tỉnh An Giang tổ chức phiên họp thường kỳ tháng 7 năm 2026 để đánh giá "
            "tình hình kinh tế - xã hội và bàn giải pháp đẩy nhanh tiến độ giải ngân vốn đầu tư "
            "công những tháng cuối năm."
        ),
        "body": [
            "Theo báo cáo tại phiên họp, trong tháng 7, tình hình kinh tế - xã hội của tỉnh tiếp "
            "tục ổn định; sản xuất nông nghiệp thuận lợi, hoạt động thương mại, du lịch duy trì "
            "mức tăng trưởng khá. Bộ máy chính quyền hai cấp vận hành thông suốt, việc giải quyết "
            "thủ tục hành chính cho người dân, doanh nghiệp cơ bản đúng hạn.",
            "Tuy nhiên, tỷ lệ giải ngân vốn đầu tư công vẫn chưa đạt kế hoạch đề ra. Một số dự án "
            "còn vướng công tác bồi thường, giải phóng mặt bằng, thiếu nguồn vật liệu san lấp "
            "hoặc chậm hoàn thiện hồ sơ điều chỉnh sau khi sắp xếp đơn vị hành chính.",
            "Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và UBND các xã, phường, "
            "đặc khu rà soát từng dự án, xác định rõ nguyên nhân chậm trễ và trách nhiệm của "
            "người đứng đầu. Những dự án không có khả năng giải ngân phải được đề xuất điều "
            "chuyển vốn kịp thời sang các công trình có tiến độ tốt.",
            "UBND tỉnh cũng chỉ đạo theo dõi sát diễn biến thời tiết, mực nước trên các tuyến "
            "sông và chủ động phương án phòng, chống thiên tai trong mùa mưa lũ năm 2026. Các địa "
            "phương phải bảo đảm trực ban nghiêm túc, thông tin kịp thời khi có tình huống phát "
            "sinh.",
        ],
        "author": "Trần Thị Minh Họa",
        "source": "Văn phòng UBND tỉnh An Giang",
        "published_at": "2026-08-04 16:45",
        "featured": None,
    },
    {
        "site": "anbien",
        "category": "tin-hoat-dong",
        "title": "Xã An Biên diễn tập ứng phó thiên tai và tìm kiếm cứu nạn năm 2026",
        "sapo": (
            "Ban Chỉ huy phòng thủ dân sự xã An Biên vừa tổ chức diễn tập ứng phó bão mạnh kết hợp "
            "triều cường, với sự tham gia của các lực lượng quân sự, công an, y tế và người dân."
        ),
        "body": [
            "Tình huống giả định đặt ra là một cơn bão mạnh đổ bộ vào vùng biển phía Tây Nam, gây "
            "gió giật, mưa lớn, triều cường dâng cao làm ngập nhiều khu dân cư ven kênh. Các lực "
            "lượng đã thực hành di dời người dân đến nơi tránh trú an toàn, sơ cứu người bị "
            "thương và khắc phục nhà bị tốc mái.",
            "Buổi diễn tập được tổ chức sát với thực tế địa bàn, các bước triển khai nhịp nhàng; "
            "phương tiện, vật tư được huy động theo phương châm bốn tại chỗ. Người dân tham gia "
            "tích cực, qua đó nâng cao kỹ năng tự bảo vệ khi có thiên tai.",
            "Phát biểu kết thúc diễn tập, Chủ tịch UBND xã đề nghị các ấp tiếp tục rà soát những "
            "hộ đang ở nhà tạm, nhà xuống cấp, hướng dẫn gia cố nhà cửa trước mùa mưa bão. Các tổ "
            "xung kích phòng, chống thiên tai ở cơ sở cần duy trì chế độ trực và sẵn sàng hỗ trợ "
            "người dân.",
        ],
        "author": "Trần Văn Minh Họa",
        "source": "Văn phòng HĐND và UBND xã An Biên",
        "published_at": "2026-11-10 09:50",
        "featured": 4,
    },
    {
        "site": "anbien",
        "category": "xay-dung-nong-thon-moi",
        "title": "Ra mắt tuyến đường “Sáng - Xanh - Sạch - Đẹp” do phụ nữ ấp tự quản",
        "sapo": (
            "Hội Liên hiệp Phụ nữ xã An Biên vừa ra mắt tuyến đường “Sáng - Xanh - Sạch - Đẹp” dài "
            "hơn 2 km, góp phần nâng chất tiêu chí môi trường trong xây dựng nông thôn mới nâng "
            "cao."
        ),
        "body": [
            "Trên tuyến đường, hội viên phụ nữ đã trồng hoa, cây xanh, lắp đặt đèn chiếu sáng "
            "bằng năng lượng mặt trời và đặt các thùng phân loại rác tại đầu hẻm. Mỗi chi hội "
            "nhận chăm sóc một đoạn đường, phân công hội viên quét dọn, tưới cây vào cuối tuần.",
            "Kinh phí thực hiện chủ yếu do hội viên và các hộ dân hai bên đường đóng góp, kết hợp "
            "với hỗ trợ của các nhà hảo tâm. Nhiều gia đình còn chủ động chỉnh trang hàng rào, "
            "cổng ngõ, tạo cảnh quan thông thoáng, sạch đẹp.",
            "Lãnh đạo xã đánh giá cao cách làm sáng tạo, tiết kiệm và phát huy vai trò chủ thể "
            "của người dân. Xã sẽ nhân rộng mô hình ra các ấp khác, gắn với cuộc vận động xây "
            "dựng gia đình “5 không, 3 sạch”.",
        ],
        "author": "Lý Thị Thử",
        "source": "Hội Liên hiệp Phụ nữ xã An Biên",
        "published_at": "2026-11-03 16:35",
        "featured": None,
    },
    {
        "site": "anbien",
        "category": "chuyen-doi-so",
        "title": "Tiểu thương chợ xã An Biên chuyển sang thanh toán không dùng tiền mặt",
        "sapo": (
            "Với sự hỗ trợ của tổ công nghệ số cộng đồng và các ngân hàng, phần lớn tiểu thương "
            "tại chợ xã An Biên đã sử dụng mã QR để nhận thanh toán từ khách hàng."
        ),
        "body": [
            "Tại các sạp hàng, mã QR được in và treo ngay ngắn, người mua chỉ cần quét bằng điện "
            "thoại là hoàn tất giao dịch. Tiểu thương cho biết cách thanh toán này giúp hạn chế "
            "nhầm lẫn khi thối tiền, không lo thiếu tiền lẻ và dễ theo dõi doanh thu hằng ngày.",
            "Để người bán yên tâm, tổ công nghệ số cộng đồng đã hướng dẫn cách kiểm tra tiền về "
            "tài khoản, bật thông báo biến động số dư và cảnh giác với chiêu trò giả mạo biên lai "
            "chuyển khoản. Các trường hợp nghi vấn được khuyến cáo liên hệ ngay với ngân hàng "
            "hoặc Công an xã.",
            "Xã An Biên đặt mục tiêu đến cuối năm 2026, toàn bộ hộ kinh doanh cố định tại chợ và "
            "dọc các tuyến đường chính đều có phương thức thanh toán điện tử. Đây là bước đi góp "
            "phần xây dựng chợ văn minh, hiện đại.",
        ],
        "author": "Phạm Văn Ví Dụ",
        "source": "",
        "published_at": "2026-10-28 09:10",
        "featured": None,
    },
    {
        "site": "anbien",
        "category": "dan-van-chinh-quyen",
        "title": "Xã An Biên ra quân vận động người dân tham gia bảo hiểm y tế hộ gia đình",
        "sapo": (
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã An Biên phối hợp với cơ quan bảo hiểm xã hội tổ "
            "chức đợt cao điểm vận động người dân tham gia bảo hiểm y tế hộ gia đình và bảo hiểm "
            "xã hội tự nguyện."
        ),
        "body": [
            "Trong đợt cao điểm, các tổ vận động đến từng hộ chưa có thẻ bảo hiểm y tế để tuyên "
            "truyền về quyền lợi khi tham gia, mức đóng theo hộ gia đình được giảm dần từ người "
            "thứ hai trở đi và các chính sách hỗ trợ của Nhà nước. Cán bộ ấp cũng hướng dẫn người "
            "dân tra cứu thời hạn thẻ trên ứng dụng VssID hoặc VNeID.",
            "Theo Ủy ban Mặt trận Tổ quốc xã, tỷ lệ bao phủ bảo hiểm y tế trên địa bàn đã tăng so "
            "với đầu năm nhưng chưa đạt chỉ tiêu, chủ yếu do một bộ phận lao động tự do, người "
            "làm thuê theo mùa vụ chưa quan tâm tham gia. Nhiều hộ thu nhập không ổn định còn e "
            "ngại khi phải đóng cùng lúc cho nhiều thành viên.",
            "Để hỗ trợ, xã vận động các nhà hảo tâm, doanh nghiệp trên địa bàn trao tặng thẻ bảo "
            "hiểm y tế cho hộ cận nghèo, hộ có hoàn cảnh khó khăn. Xã phấn đấu đến cuối năm 2026 "
            "tỷ lệ người dân tham gia bảo hiểm y tế đạt và vượt chỉ tiêu được giao.",
        ],
        "author": "Lý Thị Thử",
        "source": "Ủy ban Mặt trận Tổ quốc Việt Nam xã An Biên",
        "published_at": "2026-10-20 08:30",
        "featured": 2,
    },
    {
        "site": "anbien",
        "category": "tin-hoat-dong",
        "title": (
            "UBND xã An Biên đánh giá kết quả 9 tháng, đề ra nhiệm vụ trọng tâm quý IV năm 2026"
        ),
        "sapo": (
            "Chiều 29/9, UBND xã An Biên tổ chức phiên họp thường kỳ đánh giá tình hình kinh tế - "
            "xã hội 9 tháng đầu năm và triển khai nhiệm vụ những tháng cuối năm 2026."
        ),
        "body": [
            "Báo cáo tại phiên họp cho thấy, trong 9 tháng, sản xuất nông nghiệp trên địa bàn xã "
            "cơ bản thuận lợi; vụ tôm năm 2026 đạt năng suất khá, diện tích lúa trên đất nuôi tôm "
            "đã xuống giống đúng lịch thời vụ. Hoạt động thương mại, dịch vụ dọc tuyến Quốc lộ 63 "
            "và khu vực chợ xã diễn ra sôi động.",
            "Công tác cải cách hành chính tiếp tục chuyển biến; Trung tâm Phục vụ hành chính công "
            "xã tiếp nhận và giải quyết hồ sơ đúng hạn đạt tỷ lệ cao. Tình hình an ninh chính "
            "trị, trật tự an toàn xã hội được giữ vững.",
            "Chủ tịch UBND xã yêu cầu các phòng chuyên môn đẩy nhanh tiến độ các công trình giao "
            "thông nông thôn, hoàn thành thu ngân sách theo dự toán và chuẩn bị chu đáo phương án "
            "phòng, chống xâm nhập mặn mùa khô 2026-2027. Các ấp cần rà soát, hỗ trợ kịp thời hộ "
            "nghèo, hộ có hoàn cảnh khó khăn, không để ai bị bỏ lại phía sau.",
        ],
        "author": "Nguyễn Thị Mẫu",
        "source": "Văn phòng HĐND và UBND xã An Biên",
        "published_at": "2026-09-29 17:10",
        "featured": 1,
    },
    {
        "site": "anbien",
        "category": "xay-dung-nong-thon-moi",
        "title": "Bê tông hóa đường ấp, nâng chất tiêu chí giao thông nông thôn tại xã An Biên",
        "sapo": (
            "Từ đầu năm đến nay, xã An Biên đã hoàn thành và đưa vào sử dụng nhiều tuyến đường bê "
            "tông nội ấp từ nguồn vốn ngân sách kết hợp với đóng góp của Nhân dân."
        ),
        "body": [
            "Các tuyến đường mới được mở rộng mặt đường, có cống thoát nước và biển báo, giúp xe "
            "tải nhỏ có thể vào tận ruộng thu mua lúa, tôm. Người dân không còn cảnh lầy lội mỗi "
            "mùa mưa, học sinh đến trường thuận tiện và an toàn hơn.",
            "Điểm nổi bật là tinh thần đồng thuận của người dân: nhiều hộ tự nguyện hiến đất, di "
            "dời hàng rào, cây trồng và góp ngày công để công trình sớm khởi công. Ban giám sát "
            "đầu tư của cộng đồng tham gia theo dõi chất lượng thi công ngay từ đầu.",
            "Thời gian tới, xã tiếp tục rà soát các tuyến đường còn nhỏ hẹp, xuống cấp để đưa vào "
            "kế hoạch đầu tư giai đoạn 2026-2030. Mục tiêu là hoàn thiện tiêu chí giao thông theo "
            "bộ tiêu chí xã nông thôn mới nâng cao.",
        ],
        "author": "Nguyễn Thị Mẫu",
        "source": "",
        "published_at": "2026-09-15 14:00",
        "featured": None,
    },
    {
        "site": "anbien",
        "category": "kinh-te-xa-hoi",
        "title": "Trao học bổng, xe đạp cho học sinh khó khăn nhân dịp khai giảng năm học mới",
        "sapo": (
            "Nhân dịp năm học 2026-2027, UBND xã An Biên phối hợp với Hội Khuyến học và các nhà "
            "hảo tâm trao học bổng, xe đạp và đồ dùng học tập cho học sinh có hoàn cảnh khó khăn."
        ),
        "body": [
            "Các suất học bổng được trao cho học sinh thuộc hộ nghèo, hộ cận nghèo, học sinh mồ "
            "côi có thành tích học tập tốt tại các trường trên địa bàn xã. Nhiều em nhà xa trường "
            "được tặng xe đạp để thuận tiện hơn trong việc đi học hằng ngày.",
            "Phát biểu tại buổi trao tặng, lãnh đạo xã mong các em tiếp tục nỗ lực học tập, rèn "
            "luyện để không phụ lòng gia đình và xã hội. Xã đề nghị nhà trường và gia đình phối "
            "hợp chặt chẽ, không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn.",
            "Năm học này, các trường trên địa bàn xã đã hoàn tất việc sửa chữa phòng học, bổ sung "
            "bàn ghế và thiết bị dạy học. Công tác vận động học sinh ra lớp, duy trì sĩ số được "
            "chính quyền và các đoàn thể xã quan tâm thực hiện thường xuyên.",
        ],
        "author": "Lê Văn Thử",
        "source": "Văn phòng HĐND và UBND xã An Biên",
        "published_at": "2026-09-07 08:20",
        "featured": None,
    },
    {
        "site": "anbien",
        "category": "kinh-te-xa-hoi",
        "title": "Trạm Y tế xã An Biên chủ động phòng, chống sốt xuất huyết trong mùa mưa",
        "sapo": (
            "Trước nguy cơ gia tăng ca mắc sốt xuất huyết trong mùa mưa, Trạm Y tế xã An Biên phối "
            "hợp với các ấp tổ chức chiến dịch diệt lăng quăng, vệ sinh môi trường."
        ),
        "body": [
            "Các tổ tuyên truyền đã đến từng hộ gia đình hướng dẫn đậy kín dụng cụ chứa nước, thu "
            "gom vật phế thải đọng nước quanh nhà và thả cá diệt lăng quăng trong lu, khạp. Tại "
            "những khu vực có ca bệnh, Trạm Y tế phối hợp phun hóa chất diệt muỗi theo đúng quy "
            "trình.",
            "Trạm Y tế khuyến cáo người dân khi có biểu hiện sốt cao liên tục, đau đầu, đau mỏi "
            "cơ, xuất hiện chấm xuất huyết dưới da cần đến cơ sở y tế để được khám và theo dõi. "
            "Tuyệt đối không tự ý truyền dịch hay dùng thuốc hạ sốt không đúng chỉ định.",
            "Bên cạnh phòng bệnh sốt xuất huyết, Trạm Y tế đang tiếp tục triển khai tiêm chủng mở "
            "rộng cho trẻ em, khám sức khỏe định kỳ cho người cao tuổi. Việc quản lý bệnh không "
            "lây nhiễm như tăng huyết áp, đái tháo đường tại cộng đồng cũng được duy trì.",
        ],
        "author": "Nguyễn Thị Mẫu",
        "source": "Trạm Y tế xã An Biên",
        "published_at": "2026-09-03 15:00",
        "featured": None,
    },
    {
        "site": "anbien",
        "category": "dan-van-chinh-quyen",
        "title": "Chủ tịch UBND xã An Biên đối thoại với Nhân dân về thủ tục đất đai sau sắp xếp",
        "sapo": (
            "Buổi đối thoại thu hút đông đảo người dân tham dự, tập trung vào các vướng mắc trong "
            "chỉnh lý giấy chứng nhận quyền sử dụng đất, cập nhật địa chỉ mới và thủ tục chuyển "
            "mục đích sử dụng đất."
        ),
        "body": [
            "Nhiều ý kiến phản ánh việc thay đổi tên đơn vị hành chính khiến người dân lo lắng "
            "phải làm lại các giấy tờ liên quan đến đất đai, nhà ở. Lãnh đạo xã giải thích, các "
            "giấy tờ đã cấp vẫn có giá trị pháp lý; người dân chỉ chỉnh lý khi có nhu cầu hoặc "
            "khi thực hiện giao dịch, và việc cập nhật thông tin do sắp xếp đơn vị hành chính "
            "không thu phí.",
            "Đối với các hồ sơ trễ hạn, Chủ tịch UBND xã giao bộ phận chuyên môn kiểm tra từng "
            "trường hợp, xác định nguyên nhân và thông báo kết quả cho người dân. Những kiến nghị "
            "vượt thẩm quyền được tổng hợp, báo cáo cơ quan cấp tỉnh xem xét giải quyết.",
            "Kết thúc buổi đối thoại, Chủ tịch UBND xã khẳng định sẽ duy trì đối thoại định kỳ "
            "theo Luật Thực hiện dân chủ ở cơ sở. Người dân có thể tiếp tục phản ánh qua đường "
            "dây nóng, hòm thư góp ý và các kênh trực tuyến của xã.",
        ],
        "author": "Phạm Văn Ví Dụ",
        "source": "Văn phòng HĐND và UBND xã An Biên",
        "published_at": "2026-08-26 15:20",
        "featured": None,
    },
    {
        "site": "anbien",
        "category": "tin-hoat-dong",
        "title": "Kiểm tra tiến độ xuống giống lúa trên đất nuôi tôm tại các ấp của xã An Biên",
        "sapo": (
            "Đoàn công tác của UBND xã An Biên vừa kiểm tra thực tế tiến độ rửa mặn, xuống giống "
            "lúa trên đất nuôi tôm và tình hình sâu bệnh tại một số cánh đồng."
        ),
        "body": [
            "Theo Phòng Kinh tế xã, đến giữa tháng 8, phần lớn diện tích lúa - tôm trên địa bàn "
            "đã được rửa mặn sau những trận mưa đầu mùa. Nông dân chủ yếu sử dụng các giống lúa "
            "thơm chịu mặn, gieo sạ hoặc cấy theo khuyến cáo của cơ quan chuyên môn.",
            "Qua kiểm tra, một số ruộng có độ mặn còn cao do lượng mưa phân bố không đều, cây lúa "
            "sinh trưởng chậm. Cán bộ kỹ thuật đã hướng dẫn bà con tiếp tục giữ nước mưa, thay "
            "nước khi cần và không nóng vội xuống giống ở những ruộng chưa đủ điều kiện.",
            "Lãnh đạo xã đề nghị các ấp thường xuyên theo dõi, cập nhật tiến độ xuống giống và "
            "kịp thời báo cáo những khó khăn phát sinh. Việc tuân thủ lịch thời vụ chung giúp "
            "giảm rủi ro sâu bệnh, tạo thuận lợi cho vụ tôm kế tiếp.",
        ],
        "author": "Lê Văn Thử",
        "source": "",
        "published_at": "2026-08-18 10:05",
        "featured": None,
    },
    {
        "site": "anbien",
        "category": "chuyen-doi-so",
        "title": (
            "Trung tâm Phục vụ hành chính công xã An Biên hỗ trợ người dân nộp hồ sơ trực tuyến"
        ),
        "sapo": (
            "Trung tâm Phục vụ hành chính công xã An Biên bố trí khu vực hỗ trợ riêng, có công "
            "chức và đoàn viên thanh niên trực hướng dẫn người dân thực hiện dịch vụ công trực "
            "tuyến."
        ),
        "body": [
            "Khi đến làm thủ tục, người dân được hướng dẫn đăng nhập Cổng Dịch vụ công quốc gia "
            "bằng tài khoản định danh điện tử, chụp và tải lên giấy tờ, theo dõi tình trạng xử lý "
            "hồ sơ trên điện thoại. Những thủ tục phát sinh nhiều như đăng ký khai sinh, đăng ký "
            "thường trú, chứng thực được ưu tiên hướng dẫn thực hiện trực tuyến.",
            "Theo lãnh đạo Trung tâm, giai đoạn đầu, nhiều người lớn tuổi còn ngại thao tác trên "
            "điện thoại nên cán bộ phải hỗ trợ từng bước. Đến nay, số hồ sơ nộp trực tuyến đã "
            "tăng rõ, thời gian chờ đợi tại trung tâm giảm đáng kể.",
            "Xã cũng niêm yết mã QR tra cứu thủ tục hành chính, số điện thoại đường dây nóng tại "
            "trụ sở và các nhà văn hóa ấp để người dân tiện liên hệ. Mọi phản ánh về thái độ phục "
            "vụ, hồ sơ trễ hạn đều được tiếp nhận và trả lời công khai.",
        ],
        "author": "Trần Văn Minh Họa",
        "source": "Trung tâm Phục vụ hành chính công xã An Biên",
        "published_at": "2026-08-07 10:40",
        "featured": 3,
    },
    {
        "site": "tayyen",
        "category": "kinh-te-xa-hoi",
        "title": "Tây Yên chủ động trữ nước ngọt, chuẩn bị ứng phó mùa khô 2026-2027",
        "sapo": (
            "Trước dự báo xâm nhập mặn mùa khô 2026-2027 có thể diễn biến phức tạp, UBND xã Tây "
            "Yên đã ban hành kế hoạch phòng, chống hạn mặn và hướng dẫn người dân chủ động trữ "
            "nước."
        ),
        "body": [
            "Theo kế hoạch, xã phối hợp với đơn vị quản lý thủy lợi vận hành các cống ngăn mặn "
            "theo diễn biến độ mặn thực tế, đồng thời nạo vét một số tuyến kênh nội đồng để tăng "
            "khả năng trữ nước ngọt. Các ấp được giao rà soát những hộ có nguy cơ thiếu nước sinh "
            "hoạt để có phương án hỗ trợ.",
            "Người dân được khuyến cáo tận dụng những đợt mưa cuối mùa để trữ nước vào lu, bồn, "
            "ao và sử dụng nước tiết kiệm. Đối với diện tích lúa - tôm, nông dân cần thu hoạch "
            "lúa đúng thời điểm, cải tạo ao đầm và chỉ lấy nước vào ruộng nuôi tôm theo lịch "
            "chung để không ảnh hưởng đến nguồn nước ngọt của khu vực.",
            "UBND xã sẽ thông báo độ mặn định kỳ trên hệ thống loa truyền thanh, trang thông tin "
            "điện tử và các nhóm mạng xã hội của ấp. Nhờ đó, người dân có thể kịp thời điều chỉnh "
            "kế hoạch sản xuất và sinh hoạt.",
        ],
        "author": "Hồ Văn Mẫu",
        "source": "Văn phòng HĐND và UBND xã Tây Yên",
        "published_at": "2026-11-24 16:10",
        "featured": None,
    },
    {
        "site": "tayyen",
        "category": "chuyen-doi-so",
        "title": "Xã Tây Yên hoàn thành số hóa sổ hộ tịch, phục vụ cấp bản sao trực tuyến",
        "sapo": (
            "Bộ phận tư pháp - hộ tịch của xã Tây Yên đã hoàn thành việc số hóa, cập nhật dữ liệu "
            "sổ hộ tịch lưu trữ từ nhiều năm trước vào cơ sở dữ liệu hộ tịch điện tử."
        ),
        "body": [
            "Các sổ đăng ký khai sinh, kết hôn, khai tử của các xã trước đây nay thuộc xã Tây Yên "
            "được rà soát, quét ảnh và nhập liệu cẩn thận; những trường hợp thông tin chưa khớp "
            "được đối chiếu với hồ sơ gốc trước khi cập nhật. Việc số hóa cũng giúp bảo quản tài "
            "liệu lâu dài, tránh hư hỏng do thời tiết ẩm.",
            "Từ nay, người dân có nhu cầu cấp bản sao trích lục hộ tịch có thể nộp yêu cầu trực "
            "tuyến và nhận kết quả bản điện tử, không cần đến trụ sở nhiều lần. Dữ liệu hộ tịch "
            "được kết nối với Cơ sở dữ liệu quốc gia về dân cư, phục vụ giải quyết các thủ tục "
            "liên thông.",
            "Lãnh đạo xã yêu cầu bộ phận chuyên môn bảo đảm an toàn dữ liệu, phân quyền truy cập "
            "chặt chẽ. Quá trình khai thác cần tiếp tục rà soát, chuẩn hóa để dữ liệu luôn đúng, "
            "đủ, sạch, sống.",
        ],
        "author": "Dương Thị Minh Họa",
        "source": "Văn phòng HĐND và UBND xã Tây Yên",
        "published_at": "2026-11-21 09:00",
        "featured": None,
    },
    {
        "site": "tayyen",
        "category": "dan-van-chinh-quyen",
        "title": "Ấm áp Ngày hội Đại đoàn kết toàn dân tộc tại các ấp xã Tây Yên",
        "sapo": (
            "Trong những ngày giữa tháng 11, các ấp trên địa bàn xã Tây Yên đồng loạt tổ chức Ngày "
            "hội Đại đoàn kết toàn dân tộc năm 2026 với nhiều hoạt động ý nghĩa."
        ),
        "body": [
            "Phần lễ, Ban công tác Mặt trận các ấp ôn lại truyền thống vẻ vang của Mặt trận Tổ "
            "quốc Việt Nam, báo cáo kết quả thực hiện các cuộc vận động và phong trào thi đua "
            "trong năm. Nhiều hộ gia đình văn hóa tiêu biểu, cá nhân có đóng góp cho công tác an "
            "ninh trật tự được biểu dương.",
            "Phần hội diễn ra sôi nổi với các trò chơi dân gian, tiết mục văn nghệ do chính người "
            "dân trong ấp biểu diễn và bữa cơm đoàn kết ấm cúng. Đây là dịp để bà con gặp gỡ, "
            "chia sẻ kinh nghiệm làm ăn, thắt chặt tình làng nghĩa xóm.",
            "Dịp này, Ủy ban Mặt trận Tổ quốc Việt Nam xã trao quà cho hộ nghèo, hộ cận nghèo. "
            "Một số gia đình có hoàn cảnh đặc biệt khó khăn được hỗ trợ kinh phí sửa chữa nhà ở.",
        ],
        "author": "Võ Thị Thử",
        "source": "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tây Yên",
        "published_at": "2026-11-16 18:20",
        "featured": None,
    },
    {
        "site": "tayyen",
        "category": "xay-dung-nong-thon-moi",
        "title": "Mở rộng mạng lưới cấp nước sạch đến các hộ dân ven biển xã Tây Yên",
        "sapo": (
            "Công trình mở rộng tuyến ống cấp nước sạch tại các ấp ven biển xã Tây Yên đang được "
            "khẩn trương thi công, dự kiến hoàn thành trước mùa khô 2026-2027."
        ),
        "body": [
            "Khi hoàn thành, hàng trăm hộ dân sẽ được sử dụng nước sạch từ hệ thống cấp nước tập "
            "trung, thay cho việc dùng nước mưa dự trữ và nước giếng khoan có độ mặn, độ phèn "
            "cao. Đây là nguyện vọng lâu nay của người dân vùng ven biển.",
            "Đơn vị thi công cam kết bảo đảm chất lượng, hoàn trả mặt bằng đường giao thông sau "
            "khi lắp đặt ống. Người dân được hướng dẫn đăng ký lắp đặt đồng hồ nước; hộ nghèo, hộ "
            "cận nghèo được hỗ trợ một phần chi phí đấu nối.",
            "Nước sạch là một trong những chỉ tiêu khó đạt của xã nông thôn mới nâng cao tại vùng "
            "ven biển. Việc mở rộng mạng lưới cấp nước góp phần cải thiện sức khỏe người dân và "
            "nâng chất tiêu chí môi trường và an toàn thực phẩm của xã.",
        ],
        "author": "Hồ Văn Mẫu",
        "source": "",
        "published_at": "2026-10-24 10:25",
        "featured": None,
    },
    {
        "site": "tayyen",
        "category": "tin-hoat-dong",
        "title": "Xã Tây Yên kiểm tra tuyến đê biển, chủ động ứng phó triều cường cuối năm",
        "sapo": (
            "Lãnh đạo UBND xã Tây Yên cùng các lực lượng chức năng vừa kiểm tra thực tế tuyến đê "
            "biển và hệ thống cống dưới đê trước các đợt triều cường dự báo xuất hiện trong tháng "
            "10 và tháng 11."
        ),
        "body": [
            "Qua kiểm tra, phần lớn tuyến đê biển qua địa bàn xã cơ bản ổn định, tuy nhiên một số "
            "đoạn có hiện tượng sạt mái phía biển, rừng phòng hộ phía ngoài bị suy giảm. Một vài "
            "cống dưới đê có cánh cửa rò rỉ, cần sửa chữa trước khi mùa khô đến.",
            "Chủ tịch UBND xã giao Phòng Kinh tế phối hợp với các ấp ven biển lập danh sách các "
            "điểm xung yếu, đề xuất phương án gia cố tạm bằng cừ tràm, bao cát. Lực lượng dân "
            "quân và tổ xung kích được phân công tuần tra, kịp thời phát hiện, xử lý sự cố ngay "
            "từ giờ đầu.",
            "Xã khuyến cáo người dân không tự ý đào bới, cơi nới công trình trên thân đê, không "
            "chặt phá cây rừng phòng hộ. Đây là lá chắn quan trọng bảo vệ sản xuất và tính mạng, "
            "tài sản của Nhân dân vùng ven biển.",
        ],
        "author": "Võ Thị Thử",
        "source": "Văn phòng HĐND và UBND xã Tây Yên",
        "published_at": "2026-10-13 10:15",
        "featured": 1,
    },
    {
        "site": "tayyen",
        "category": "tin-hoat-dong",
        "title": "Thường trực HĐND xã Tây Yên giám sát việc giải quyết kiến nghị của cử tri",
        "sapo": (
            "Đoàn giám sát của Thường trực HĐND xã Tây Yên vừa làm việc với UBND xã về kết quả "
            "giải quyết các kiến nghị của cử tri gửi đến kỳ họp giữa năm 2026."
        ),
        "body": [
            "Theo báo cáo của UBND xã, kiến nghị của cử tri tập trung vào sửa chữa đường giao "
            "thông nông thôn, nạo vét kênh nội đồng, lắp đặt đèn chiếu sáng và nâng cao chất "
            "lượng nước sinh hoạt. Đến nay, phần lớn kiến nghị đã được giải quyết hoặc trả lời, "
            "số còn lại đang trong quá trình xử lý.",
            "Các thành viên đoàn giám sát đề nghị UBND xã công khai kết quả giải quyết đến cử tri "
            "tại các ấp; với những kiến nghị chưa thực hiện được cần giải thích rõ lý do và thời "
            "gian dự kiến. Một số công trình nhỏ, cấp bách như sửa cống, vá đường cần được ưu "
            "tiên làm ngay.",
            "Kết luận buổi giám sát, Thường trực HĐND xã ghi nhận tinh thần cầu thị của UBND xã. "
            "Thường trực đề nghị tiếp tục theo dõi, đôn đốc đến khi các kiến nghị được giải quyết "
            "dứt điểm và báo cáo tại kỳ họp cuối năm.",
        ],
        "author": "Hồ Văn Mẫu",
        "source": "Thường trực HĐND xã Tây Yên",
        "published_at": "2026-10-01 14:30",
        "featured": None,
    },
    {
        "site": "tayyen",
        "category": "kinh-te-xa-hoi",
        "title": "Hỗ trợ sinh kế giúp hộ cận nghèo ven biển Tây Yên vươn lên ổn định cuộc sống",
        "sapo": (
            "Từ nguồn vốn chính sách và các chương trình hỗ trợ, nhiều hộ cận nghèo ở xã Tây Yên "
            "đã có thêm sinh kế mới như nuôi cua, nuôi gà thả vườn và mua sắm ngư cụ."
        ),
        "body": [
            "Trước khi hỗ trợ, cán bộ xã và ấp đã khảo sát nhu cầu, điều kiện đất đai, lao động "
            "của từng hộ để lựa chọn mô hình phù hợp. Các hộ tham gia được tập huấn kỹ thuật và "
            "cam kết sử dụng vốn đúng mục đích.",
            "Nhiều hộ cho biết, nguồn vốn vay ưu đãi và con giống được hỗ trợ giúp gia đình có "
            "thêm thu nhập ổn định, không còn phụ thuộc hoàn toàn vào việc làm thuê theo mùa vụ. "
            "Một số hộ đã trả được nợ và đăng ký thoát cận nghèo trong năm.",
            "UBND xã tiếp tục phối hợp với Ngân hàng Chính sách xã hội và các đoàn thể theo dõi, "
            "giúp đỡ các hộ sau hỗ trợ. Những mô hình hiệu quả sẽ được nhân rộng cho các hộ khác "
            "trên địa bàn.",
        ],
        "author": "Võ Thị Thử",
        "source": "",
        "published_at": "2026-09-22 11:20",
        "featured": None,
    },
    {
        "site": "tayyen",
        "category": "chuyen-doi-so",
        "title": "Hướng dẫn ngư dân Tây Yên sử dụng nhật ký khai thác thủy sản điện tử",
        "sapo": (
            "Tổ công nghệ số cộng đồng xã Tây Yên phối hợp với cơ quan chuyên môn hướng dẫn chủ "
            "tàu, thuyền trưởng cài đặt và sử dụng ứng dụng nhật ký khai thác thủy sản điện tử "
            "trên điện thoại."
        ),
        "body": [
            "Ứng dụng cho phép ngư dân ghi nhận thông tin chuyến biển, sản lượng, loài khai thác "
            "và gửi dữ liệu về hệ thống quản lý, thay cho việc ghi chép bằng sổ tay dễ thất lạc, "
            "hư hỏng. Dữ liệu này là căn cứ để truy xuất nguồn gốc thủy sản khai thác theo yêu "
            "cầu của thị trường.",
            "Nhiều ngư dân lớn tuổi ban đầu còn lúng túng khi thao tác, nên các thành viên tổ "
            "công nghệ số đã hướng dẫn cầm tay chỉ việc ngay tại bến tàu. Sau buổi hướng dẫn, các "
            "chủ tàu đều có thể tự đăng nhập, khai báo chuyến biển và xem lại lịch sử khai thác.",
            "UBND xã đề nghị ngư dân duy trì khai báo đầy đủ, trung thực và luôn bật thiết bị "
            "giám sát hành trình khi hoạt động trên biển. Tuyệt đối không đưa tàu đi khai thác ở "
            "vùng biển nước ngoài.",
        ],
        "author": "Võ Thị Thử",
        "source": "",
        "published_at": "2026-09-18 15:45",
        "featured": 3,
    },
    {
        "site": "tayyen",
        "category": "dan-van-chinh-quyen",
        "title": "Người dân Tây Yên hiến đất, góp công mở rộng đường liên ấp",
        "sapo": (
            "Nhờ làm tốt công tác vận động, nhiều hộ dân ở xã Tây Yên đã tự nguyện hiến đất, tháo "
            "dỡ vật kiến trúc để mở rộng tuyến đường liên ấp, tạo thuận lợi cho đi lại và vận "
            "chuyển nông sản."
        ),
        "body": [
            "Trước khi triển khai, tổ dân vận của xã cùng Ban Nhân dân ấp đã tổ chức họp dân, "
            "công khai thiết kế, kinh phí và phần việc Nhà nước, người dân cùng làm. Cán bộ đến "
            "từng nhà trao đổi, lắng nghe những băn khoăn về ranh đất, cây trồng, cổng rào để có "
            "cách giải quyết hợp tình, hợp lý.",
            "Với cách làm dân chủ, công khai, nhiều hộ đã tự nguyện hiến một phần đất, chặt bỏ "
            "cây dừa, cây bạch đàn và di dời hàng rào mà không yêu cầu bồi thường. Một số gia "
            "đình khó khăn được đoàn thể hỗ trợ ngày công để dựng lại hàng rào mới.",
            "Lãnh đạo xã cho biết, đây là minh chứng sinh động cho phương châm “dân biết, dân "
            "bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”. Xã sẽ biểu dương, khen "
            "thưởng những hộ tiêu biểu trong dịp tổng kết cuối năm.",
        ],
        "author": "Hồ Văn Mẫu",
        "source": "Văn phòng HĐND và UBND xã Tây Yên",
        "published_at": "2026-09-11 16:05",
        "featured": 2,
    },
    {
        "site": "tayyen",
        "category": "tin-hoat-dong",
        "title": "Ra quân trồng cây phục hồi rừng phòng hộ ven biển xã Tây Yên",
        "sapo": (
            "Tận dụng thời điểm mùa mưa, xã Tây Yên tổ chức ra quân trồng bổ sung cây mắm, cây "
            "đước tại các khu vực rừng phòng hộ ven biển bị suy thoái."
        ),
        "body": [
            "Tham gia ra quân có cán bộ, đoàn viên thanh niên, dân quân, học sinh và người dân "
            "các ấp ven biển. Cây giống được trồng tại những vị trí bãi bồi ổn định, có hàng rào "
            "tạm bằng cọc tre để giảm tác động của sóng.",
            "Theo cán bộ phụ trách lâm nghiệp, rừng phòng hộ ven biển có vai trò giảm sóng, chống "
            "sạt lở, bảo vệ tuyến đê và tạo môi trường sinh sống cho nhiều loài thủy sản. Việc "
            "trồng phục hồi phải kết hợp với chăm sóc, bảo vệ trong nhiều năm mới đạt hiệu quả.",
            "UBND xã đề nghị các hộ nhận khoán bảo vệ rừng phối hợp với lực lượng chức năng tuần "
            "tra, ngăn chặn tình trạng chặt phá, lấn chiếm đất rừng. Các hộ cũng được giao tham "
            "gia chăm sóc, trồng dặm cây mới trồng.",
        ],
        "author": "Dương Thị Minh Họa",
        "source": "",
        "published_at": "2026-08-24 07:55",
        "featured": None,
    },
    {
        "site": "tayyen",
        "category": "xay-dung-nong-thon-moi",
        "title": "Mô hình lúa - tôm giúp nông dân Tây Yên nâng cao thu nhập bền vững",
        "sapo": (
            "Mô hình luân canh một vụ tôm, một vụ lúa tiếp tục khẳng định hiệu quả ở xã Tây Yên, "
            "góp phần quan trọng vào việc nâng cao tiêu chí thu nhập trong xây dựng nông thôn mới."
        ),
        "body": [
            "Theo người dân, nhờ đất được luân canh, vụ lúa sau tôm ít sâu bệnh, hầu như không "
            "phải bón nhiều phân, phun thuốc; vụ tôm sau lúa lại có môi trường nước tốt hơn, tôm "
            "ít bị dịch bệnh. Gạo từ vùng lúa - tôm được thương lái và doanh nghiệp thu mua với "
            "giá khá.",
            "Một số hộ còn thả ghép tôm càng xanh, cua trong ruộng lúa, tăng thêm nguồn thu đáng "
            "kể. Hợp tác xã trên địa bàn đã liên kết với doanh nghiệp cung ứng giống lúa xác nhận "
            "và bao tiêu sản phẩm, giúp nông dân yên tâm sản xuất.",
            "UBND xã khuyến cáo người dân tuân thủ lịch thời vụ chung, cải tạo ao đầm đúng kỹ "
            "thuật. Nông dân không nên chuyển đổi tự phát sang nuôi tôm độc canh, gây ảnh hưởng "
            "đến hệ thống thủy lợi và sản xuất của cả vùng.",
        ],
        "author": "Dương Thị Minh Họa",
        "source": "",
        "published_at": "2026-08-14 09:35",
        "featured": None,
    },
    {
        "site": "dongthai",
        "category": "kinh-te-xa-hoi",
        "title": (
            "Lãnh đạo xã Đông Thái thăm, chúc mừng các trường nhân Ngày Nhà giáo Việt Nam 20/11"
        ),
        "sapo": (
            "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), lãnh đạo xã "
            "Đông Thái đã đến thăm, tặng hoa chúc mừng đội ngũ cán bộ quản lý, giáo viên các "
            "trường trên địa bàn."
        ),
        "body": [
            "Tại các trường, lãnh đạo xã ghi nhận những nỗ lực của thầy cô trong năm học vừa qua, "
            "nhất là việc duy trì sĩ số, nâng cao chất lượng dạy học khi cơ sở vật chất còn nhiều "
            "khó khăn. Nhiều giáo viên đã tận tình đến nhà vận động học sinh có nguy cơ bỏ học "
            "quay lại lớp.",
            "Lãnh đạo xã mong đội ngũ nhà giáo tiếp tục giữ gìn phẩm chất, đạo đức nghề nghiệp, "
            "tích cực đổi mới phương pháp và ứng dụng công nghệ thông tin trong giảng dạy. Xã sẽ "
            "ưu tiên nguồn lực để sửa chữa, nâng cấp trường lớp, xây dựng trường đạt chuẩn quốc "
            "gia.",
            "Dịp này, xã biểu dương các giáo viên có thành tích tiêu biểu và trao quà cho một số "
            "thầy cô có hoàn cảnh khó khăn. Nhiều phụ huynh cũng gửi lời tri ân đến các thầy cô "
            "đã tận tụy với học trò vùng lúa - tôm.",
        ],
        "author": "Châu Văn Thử",
        "source": "Văn phòng HĐND và UBND xã Đông Thái",
        "published_at": "2026-11-20 08:00",
        "featured": 4,
    },
    {
        "site": "dongthai",
        "category": "xay-dung-nong-thon-moi",
        "title": "Thanh niên Đông Thái ra quân thu gom rác thải, khơi thông dòng chảy kênh rạch",
        "sapo": (
            "Đoàn viên thanh niên xã Đông Thái đã ra quân vệ sinh môi trường, vớt lục bình và thu "
            "gom rác thải dọc các tuyến kênh, góp phần nâng chất tiêu chí môi trường trong xây "
            "dựng nông thôn mới."
        ),
        "body": [
            "Trong buổi sáng, các đoàn viên chia thành nhiều tổ, dùng xuồng và dụng cụ thô sơ vớt "
            "lục bình, nhặt bao ni-lông, chai nhựa tại các đoạn kênh đi qua khu dân cư. Rác thải "
            "sau khi thu gom được phân loại và chuyển đến điểm tập kết theo quy định.",
            "Bên cạnh hoạt động ra quân, đoàn viên còn đến từng hộ ven kênh tuyên truyền không xả "
            "rác, xác động vật xuống dòng nước, hướng dẫn phân loại rác tại nguồn và ủ rác hữu cơ "
            "làm phân bón cho cây trồng. Nhiều hộ đã cam kết giữ sạch đoạn kênh trước nhà.",
            "Theo lãnh đạo xã, môi trường là tiêu chí cần sự tham gia thường xuyên của cộng đồng. "
            "Xã sẽ duy trì hoạt động ra quân vào ngày thứ Bảy hằng tháng và đưa nội dung giữ gìn "
            "vệ sinh kênh rạch vào quy ước của các ấp.",
        ],
        "author": "Kiều Thị Thử Nghiệm",
        "source": "Đoàn Thanh niên xã Đông Thái",
        "published_at": "2026-11-14 07:40",
        "featured": None,
    },
    {
        "site": "dongthai",
        "category": "tin-hoat-dong",
        "title": "Đông Thái hướng dẫn nông dân cải tạo ao đầm, chuẩn bị vụ tôm năm 2027",
        "sapo": (
            "Phòng Kinh tế xã Đông Thái phối hợp với cơ quan chuyên môn của tỉnh tổ chức hội thảo "
            "hướng dẫn kỹ thuật cải tạo ao đầm và phòng bệnh trên tôm nuôi cho nông dân vùng lúa - "
            "tôm."
        ),
        "body": [
            "Tại hội thảo, cán bộ kỹ thuật hướng dẫn quy trình sên vét bùn, gia cố bờ bao, diệt "
            "tạp và xử lý nước trước khi thả giống. Người nuôi được khuyến cáo chọn con giống rõ "
            "nguồn gốc, đã qua kiểm dịch và thả nuôi với mật độ phù hợp.",
            "Nhiều nông dân đặt câu hỏi về cách xử lý khi tôm bị bệnh đốm trắng, hoại tử gan tụy "
            "và biện pháp giữ ổn định môi trường nước trong những ngày nắng nóng. Các câu hỏi đã "
            "được chuyên gia giải đáp cụ thể, dễ hiểu.",
            "Lãnh đạo xã đề nghị người dân thả tôm theo lịch thời vụ chung, không thả nuôi khi độ "
            "mặn chưa phù hợp. Khi phát hiện tôm chết bất thường, người nuôi cần thông báo ngay "
            "cho chính quyền để khoanh vùng, xử lý kịp thời.",
        ],
        "author": "Châu Văn Thử",
        "source": "",
        "published_at": "2026-11-07 08:45",
        "featured": None,
    },
    {
        "site": "dongthai",
        "category": "dan-van-chinh-quyen",
        "title": "Mô hình “Tổ phụ nữ tiết kiệm” giúp nhiều chị em Đông Thái có vốn làm ăn",
        "sapo": (
            "Từ những khoản tiết kiệm nhỏ mỗi tháng, mô hình “Tổ phụ nữ tiết kiệm” ở xã Đông Thái "
            "đã giúp nhiều hội viên có vốn chăn nuôi, buôn bán nhỏ, cải thiện đời sống gia đình."
        ),
        "body": [
            "Mỗi tổ có từ 15 đến 20 thành viên, hằng tháng góp một khoản tiền theo khả năng và "
            "cùng thống nhất cho thành viên khó khăn vay không lấy lãi. Việc thu, chi được ghi "
            "chép rõ ràng, công khai tại các buổi sinh hoạt chi hội.",
            "Từ nguồn vốn này, nhiều chị em đã mua heo giống, gà giống, mở quầy tạp hóa nhỏ hoặc "
            "trang trải chi phí học tập cho con. Quan trọng hơn, mô hình giúp hội viên hình thành "
            "thói quen tiết kiệm và gắn bó, tương trợ nhau trong cuộc sống.",
            "Được công nhận là mô hình dân vận khéo của xã, “Tổ phụ nữ tiết kiệm” đang được Hội "
            "Liên hiệp Phụ nữ xã nhân rộng ra tất cả các ấp. Chính quyền xã cũng tạo điều kiện để "
            "các tổ tiếp cận nguồn vốn vay ưu đãi khi có nhu cầu mở rộng sản xuất.",
        ],
        "author": "Mai Thị Mẫu",
        "source": "Hội Liên hiệp Phụ nữ xã Đông Thái",
        "published_at": "2026-10-17 09:30",
        "featured": 3,
    },
    {
        "site": "dongthai",
        "category": "chuyen-doi-so",
        "title": "Các trường học ở Đông Thái triển khai học bạ số và sổ liên lạc điện tử",
        "sapo": (
            "Từ năm học 2026-2027, các trường tiểu học và trung học cơ sở trên địa bàn xã Đông "
            "Thái triển khai học bạ số, giúp giảm hồ sơ giấy và thuận tiện cho phụ huynh theo dõi "
            "việc học của con em."
        ),
        "body": [
            "Theo hướng dẫn của ngành giáo dục, học bạ số có giá trị pháp lý như học bạ giấy, "
            "được ký số bởi giáo viên và hiệu trưởng. Các trường đã rà soát, bổ sung thiết bị, "
            "cấp chữ ký số cho cán bộ quản lý và giáo viên chủ nhiệm trước khi triển khai.",
            "Phụ huynh có thể theo dõi điểm số, nhận xét, thông báo của nhà trường qua sổ liên "
            "lạc điện tử trên điện thoại. Với những gia đình chưa có điện thoại thông minh, nhà "
            "trường vẫn duy trì thông tin qua giáo viên chủ nhiệm và các buổi họp phụ huynh.",
            "UBND xã đánh giá đây là bước đi thiết thực trong chuyển đổi số ngành giáo dục. Các "
            "trường cần chú ý bảo mật thông tin học sinh và hỗ trợ phụ huynh làm quen với ứng "
            "dụng mới.",
        ],
        "author": "Mai Thị Mẫu",
        "source": "",
        "published_at": "2026-10-10 10:10",
        "featured": None,
    },
    {
        "site": "dongthai",
        "category": "xay-dung-nong-thon-moi",
        "title": "Khánh thành cầu bê tông nông thôn, người dân Đông Thái hết cảnh đi đò qua kênh",
        "sapo": (
            "Ngày 30/9, xã Đông Thái tổ chức lễ khánh thành và đưa vào sử dụng cây cầu bê tông nối "
            "hai bờ kênh, đáp ứng nhu cầu đi lại của hàng trăm hộ dân và học sinh."
        ),
        "body": [
            "Cây cầu có kết cấu bê tông cốt thép, cho phép xe máy, xe ba gác lưu thông, được xây "
            "dựng từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới kết hợp với "
            "đóng góp của người dân và các nhà hảo tâm. Công trình hoàn thành sớm hơn kế hoạch, "
            "bảo đảm chất lượng.",
            "Trước đây, muốn qua kênh người dân phải đi đò hoặc đi vòng rất xa; học sinh phải dậy "
            "từ sớm để kịp giờ học. Nay có cầu mới, việc vận chuyển lúa, tôm đến nơi thu mua cũng "
            "thuận lợi, giảm chi phí đáng kể.",
            "Phát biểu tại lễ khánh thành, lãnh đạo xã cảm ơn sự đồng thuận của Nhân dân và đề "
            "nghị các ấp xây dựng quy ước giữ gìn, bảo vệ công trình. Xã tiếp tục vận động xây "
            "dựng thêm cầu tại những vị trí còn đi lại khó khăn.",
        ],
        "author": "Tô Văn Ví Dụ",
        "source": "Văn phòng HĐND và UBND xã Đông Thái",
        "published_at": "2026-09-30 16:45",
        "featured": 1,
    },
    {
        "site": "dongthai",
        "category": "tin-hoat-dong",
        "title": (
            "Lãnh đạo xã Đông Thái làm việc với các hợp tác xã nông nghiệp về liên kết tiêu thụ"
        ),
        "sapo": (
            "UBND xã Đông Thái vừa tổ chức buổi làm việc với các hợp tác xã nông nghiệp trên địa "
            "bàn để nắm tình hình hoạt động, tháo gỡ khó khăn và định hướng phát triển những tháng "
            "cuối năm."
        ),
        "body": [
            "Các hợp tác xã phản ánh khó khăn về vốn lưu động, thiếu kho bãi, máy sấy và cán bộ "
            "quản lý có trình độ. Việc liên kết tiêu thụ lúa với doanh nghiệp đôi lúc chưa ổn "
            "định khi giá thị trường biến động.",
            "Lãnh đạo xã đề nghị các hợp tác xã củng cố tổ chức, công khai tài chính, nâng cao "
            "chất lượng dịch vụ cho thành viên và chủ động xây dựng phương án sản xuất, kinh "
            "doanh để tiếp cận các nguồn vốn hỗ trợ. Xã sẽ phối hợp với ngành nông nghiệp tỉnh "
            "giới thiệu doanh nghiệp liên kết và hỗ trợ hợp tác xã tham gia Chương trình OCOP.",
            "Buổi làm việc cũng thống nhất xây dựng vùng sản xuất lúa thơm tập trung trên đất lúa "
            "- tôm, áp dụng quy trình canh tác an toàn. Mục tiêu là nâng cao giá trị hạt gạo và "
            "xây dựng thương hiệu nông sản của địa phương.",
        ],
        "author": "Mai Thị Mẫu",
        "source": "",
        "published_at": "2026-09-25 10:30",
        "featured": None,
    },
    {
        "site": "dongthai",
        "category": "chuyen-doi-so",
        "title": "Bồi dưỡng kỹ năng số cho cán bộ ấp và thành viên tổ công nghệ số cộng đồng",
        "sapo": (
            "Xã Đông Thái tổ chức lớp bồi dưỡng kỹ năng số cho trưởng ấp, cán bộ đoàn thể và thành "
            "viên tổ công nghệ số cộng đồng nhằm đưa phong trào “Bình dân học vụ số” đến với người "
            "dân."
        ),
        "body": [
            "Học viên được hướng dẫn sử dụng các nền tảng số phổ biến, cách hỗ trợ người dân nộp "
            "hồ sơ trực tuyến, kích hoạt tài khoản định danh điện tử và cài đặt các ứng dụng "
            "thanh toán, bảo hiểm xã hội số. Nội dung về an toàn thông tin, bảo vệ dữ liệu cá "
            "nhân và nhận diện tin giả cũng được chú trọng.",
            "Sau lớp học, mỗi thành viên tổ công nghệ số cộng đồng được giao phụ trách hỗ trợ một "
            "nhóm hộ gia đình trong ấp. Kết quả hỗ trợ được cập nhật hằng tháng để xã theo dõi, "
            "đánh giá.",
            "Lãnh đạo xã cho rằng, đội ngũ cán bộ ấp là cầu nối quan trọng đưa chuyển đổi số đến "
            "với người dân. Khi cán bộ thành thạo kỹ năng số, người dân sẽ tin tưởng và mạnh dạn "
            "sử dụng dịch vụ công trực tuyến hơn.",
        ],
        "author": "Kiều Thị Thử Nghiệm",
        "source": "Văn phòng HĐND và UBND xã Đông Thái",
        "published_at": "2026-08-31 14:15",
        "featured": None,
    },
    {
        "site": "dongthai",
        "category": "kinh-te-xa-hoi",
        "title": "Các trường học trên địa bàn xã Đông Thái sẵn sàng cho năm học 2026-2027",
        "sapo": (
            "Trước thềm năm học mới, các trường mầm non, tiểu học và trung học cơ sở ở xã Đông "
            "Thái đã cơ bản hoàn tất công tác chuẩn bị cơ sở vật chất, đội ngũ và tuyển sinh."
        ),
        "body": [
            "Trong dịp hè, các trường đã sửa chữa mái tôn, cửa sổ, nhà vệ sinh, sơn lại tường lớp "
            "học và phát quang khuôn viên. Một số điểm trường lẻ xuống cấp được xã bố trí kinh "
            "phí sửa chữa kịp thời để bảo đảm an toàn cho học sinh.",
            "Công tác tuyển sinh đầu cấp cơ bản hoàn thành theo kế hoạch; trẻ 6 tuổi vào lớp 1 "
            "đạt tỷ lệ cao. Các trường đã phân công giáo viên chủ nhiệm, xây dựng kế hoạch dạy "
            "học và phân phối sách giáo khoa đến học sinh.",
            "UBND xã giao Phòng Văn hóa - Xã hội phối hợp với Công an xã bảo đảm an toàn giao "
            "thông khu vực cổng trường. Các đoàn thể vận động nhà hảo tâm hỗ trợ sách vở, đồng "
            "phục cho học sinh khó khăn trước ngày khai giảng.",
        ],
        "author": "Tô Văn Ví Dụ",
        "source": "",
        "published_at": "2026-08-28 11:00",
        "featured": None,
    },
    {
        "site": "dongthai",
        "category": "dan-van-chinh-quyen",
        "title": (
            "Xã Đông Thái lắng nghe, giải quyết kịp thời phản ánh của người dân qua nhiều kênh"
        ),
        "sapo": (
            "Ngoài tiếp công dân định kỳ, xã Đông Thái tiếp nhận phản ánh, kiến nghị của người dân "
            "qua đường dây nóng, hòm thư góp ý, trang thông tin điện tử và nhóm Zalo của các ấp."
        ),
        "body": [
            "Các phản ánh sau khi tiếp nhận được Văn phòng HĐND và UBND xã phân loại, chuyển đến "
            "bộ phận phụ trách và theo dõi thời hạn trả lời. Những vấn đề đơn giản như đèn đường "
            "hỏng, rác thải tồn đọng, cống nghẹt được xử lý ngay trong ngày hoặc vài ngày sau.",
            "Đối với các kiến nghị phức tạp liên quan đến đất đai, ranh giới, xã tổ chức hòa giải "
            "tại ấp, mời các bên cùng đối thoại trên tinh thần tôn trọng, thấu tình đạt lý. Kết "
            "quả giải quyết được thông báo lại cho người phản ánh và công khai trên hệ thống "
            "thông tin của xã.",
            "Nhiều người dân cho biết, cách làm này giúp họ không phải đi lại nhiều lần. Bà con "
            "cảm nhận rõ chính quyền gần dân, sát dân hơn sau khi sắp xếp đơn vị hành chính.",
        ],
        "author": "Tô Văn Ví Dụ",
        "source": "Văn phòng HĐND và UBND xã Đông Thái",
        "published_at": "2026-08-22 10:00",
        "featured": None,
    },
    {
        "site": "dongthai",
        "category": "tin-hoat-dong",
        "title": (
            "HĐND xã Đông Thái họp chuyên đề, quyết định chủ trương đầu tư nhiều công trình giao "
            "thông"
        ),
        "sapo": (
            "Ngày 10/8, HĐND xã Đông Thái tổ chức kỳ họp chuyên đề để xem xét, quyết định chủ "
            "trương đầu tư một số công trình giao thông, trường học và điều chỉnh kế hoạch đầu tư "
            "công năm 2026."
        ),
        "body": [
            "Tại kỳ họp, các đại biểu đã thảo luận kỹ lưỡng về sự cần thiết, quy mô, nguồn vốn và "
            "hiệu quả của từng công trình. Nhiều ý kiến đề nghị ưu tiên các tuyến đường phục vụ "
            "vận chuyển nông sản và đường đến trường của học sinh ở các ấp xa trung tâm.",
            "Kỳ họp đã biểu quyết thông qua các nghị quyết về chủ trương đầu tư xây dựng một số "
            "tuyến đường bê tông, cầu giao thông nông thôn và phòng học; điều chỉnh kế hoạch đầu "
            "tư công năm 2026 cho phù hợp với tiến độ thực tế. Các nghị quyết được ban hành đúng "
            "trình tự, thủ tục theo quy định của Luật Đầu tư công.",
            "Phát biểu bế mạc, Chủ tịch HĐND xã đề nghị UBND xã khẩn trương triển khai các nghị "
            "quyết, lựa chọn nhà thầu có năng lực, bảo đảm công khai, minh bạch và chất lượng "
            "công trình. Các đại biểu HĐND tăng cường giám sát, kịp thời phản ánh ý kiến của cử "
            "tri trong quá trình thực hiện.",
        ],
        "author": "Châu Văn Thử",
        "source": "Văn phòng HĐND và UBND xã Đông Thái",
        "published_at": "2026-08-10 15:50",
        "featured": 2,
    },
]

# Topics (chuyên đề): articles of the listed categories of the same site join a topic, and
# so do articles whose title contains one of `title_contains`.
TOPICS = [
    {
        "site": "angiang",
        "slug": "xay-dung-nong-thon-moi",
        "title": "Xây dựng nông thôn mới",
        "intro": (
            "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026-2030 trên địa "
            "bàn tỉnh: kết quả các xã, mô hình sản xuất hiệu quả và sản phẩm OCOP (nội dung mẫu)."
        ),
        "starts_on": "2026-01-01",
        "ends_on": "2030-12-31",
        "categories": ["xay-dung-nong-thon-moi"],
        "title_contains": [],
    },
    {
        "site": "angiang",
        "slug": "chuyen-doi-so",
        "title": "Chuyển đổi số",
        "intro": (
            "Chuyển đổi số trong cơ quan nhà nước, dịch vụ công trực tuyến, Đề án 06 và phong "
            "trào “Bình dân học vụ số” (nội dung mẫu)."
        ),
        "starts_on": "2026-01-01",
        "ends_on": "",
        "categories": ["chuyen-doi-so"],
        "title_contains": [],
    },
    {
        "site": "angiang",
        "slug": "guong-dien-hinh",
        "title": "Gương điển hình",
        "intro": (
            "Những tập thể, cá nhân và mô hình hay được giới thiệu để học tập, nhân rộng "
            "(nội dung mẫu)."
        ),
        "starts_on": "",
        "ends_on": "",
        "categories": [],
        "title_contains": ["mô hình dân vận khéo", "OCOP", "canh tác lúa chất lượng cao"],
    },
    {
        "site": "tayyen",
        "slug": "phong-chong-thien-tai",
        "title": "Phòng, chống thiên tai",
        "intro": (
            "Xã Tây Yên chủ động ứng phó triều cường, mùa khô và bảo vệ rừng phòng hộ ven biển "
            "(nội dung mẫu)."
        ),
        "starts_on": "2026-06-01",
        "ends_on": "2027-05-31",
        "categories": [],
        "title_contains": ["mùa khô", "đê biển", "rừng phòng hộ"],
    },
    {
        "site": "dongthai",
        "slug": "guong-dien-hinh",
        "title": "Gương điển hình",
        "intro": "Những mô hình hay của người dân xã Đông Thái (nội dung mẫu).",
        "starts_on": "",
        "ends_on": "",
        "categories": [],
        "title_contains": ["Tổ phụ nữ tiết kiệm", "Thanh niên Đông Thái"],
    },
]

# Tags given to an article whose title or sapo matches the pattern (a regular expression,
# case-insensitive).
TAG_RULES = [
    (r"lúa - tôm", "Lúa - tôm"),
    (r"\bOCOP\b", "OCOP"),
    (r"trực tuyến|dịch vụ công|hành chính công", "Dịch vụ công trực tuyến"),
    (r"Đề án 06", "Đề án 06"),
    (r"thiên tai|\blũ\b|triều cường|mùa khô|hạn hán|xâm nhập mặn", "Phòng, chống thiên tai"),
    (r"ngư dân|tàu cá|hải sản", "Nghề biển"),
    (r"học sinh|năm học|trường học|học bạ", "Giáo dục"),
    (r"dân vận", "Dân vận khéo"),
    (r"nông thôn mới|giao thông nông thôn", "Nông thôn mới"),
    (r"học vụ số|kỹ năng số|công nghệ số", "Bình dân học vụ số"),
    (r"y tế", "Y tế"),
]

# What kind of work an article is (news/kinds.py), for its label and its royalties.
KIND_RULES = [
    (r"^Mô hình", "bai"),
    (r"9 tháng", "bai"),
    (r"hiến đất", "bai"),
]
KIND_BY_CATEGORY = {"dan-van-chinh-quyen": "bai"}

# Second contributors for a few articles written by two people.
CO_AUTHORS = {
    "Kinh tế - xã hội 9 tháng: nông nghiệp ổn định, du lịch và thương mại khởi sắc": (
        "Trần Thị Minh Họa"
    ),
    "Mô hình lúa - tôm giúp nông dân Tây Yên nâng cao thu nhập bền vững": "Hồ Văn Mẫu",
}

# An official clarification (thông tin xác minh), invented for the demo.
CLARIFICATIONS = [
    {
        "site": "angiang",
        "category": "tin-hoat-dong",
        "title": (
            "Thông tin “mỗi hộ vùng lũ được nhận 5 triệu đồng qua đường link đăng ký” là sai sự "
            "thật"
        ),
        "sapo": (
            "Văn phòng UBND tỉnh khẳng định tỉnh không hỗ trợ tiền qua đường link hay tin nhắn; "
            "người dân không nhập thông tin cá nhân, mã OTP vào các trang lạ (nội dung mẫu)."
        ),
        "body": [
            "Những ngày qua, trên mạng xã hội và qua tin nhắn điện thoại lan truyền thông tin "
            "“UBND tỉnh hỗ trợ 5 triệu đồng cho mỗi hộ bị ảnh hưởng mưa lũ, đăng ký nhận tiền "
            "qua đường link”. Kèm theo là đường dẫn đến một trang giả mạo giao diện cổng thông "
            "tin của tỉnh.",
            "Qua xác minh, đây là thông tin sai sự thật nhằm lừa đảo, chiếm đoạt tài khoản ngân "
            "hàng. Việc hỗ trợ người dân bị ảnh hưởng thiên tai được thực hiện qua Ủy ban nhân "
            "dân xã nơi cư trú, theo danh sách được niêm yết công khai tại ấp, khóm.",
            "Người dân khi nhận được tin nhắn, đường link tương tự không bấm vào, không cung cấp "
            "số tài khoản, mã OTP; phản ánh ngay cho Công an xã hoặc đường dây nóng của tỉnh.",
        ],
        "claim": (
            "UBND tỉnh hỗ trợ 5 triệu đồng cho mỗi hộ bị ảnh hưởng mưa lũ; người dân đăng ký "
            "nhận tiền bằng cách bấm vào đường link và nhập số tài khoản ngân hàng."
        ),
        "claim_appearance": "Mạng xã hội và tin nhắn điện thoại",
        "claim_first_seen": "2026-10-18",
        "verdict": "sai-su-that",
        "facts": (
            "Tỉnh không có chính sách hỗ trợ 5 triệu đồng mỗi hộ qua đường link hay tin nhắn.\n"
            "Tiền hỗ trợ thiên tai được chi qua Ủy ban nhân dân xã, theo danh sách niêm yết "
            "công khai tại ấp, khóm; không bao giờ yêu cầu người dân nhập mã OTP."
        ),
        "responsible_office": "Văn phòng Ủy ban nhân dân tỉnh An Giang",
        "sources": [
            {
                "title": (
                    "Thông báo của Văn phòng UBND tỉnh An Giang về thông tin giả mạo hỗ trợ "
                    "người dân vùng lũ (văn bản mẫu)"
                ),
                "url": "",
            },
            {"title": "Đường dây nóng của tỉnh: 0296 3 000 000 (số mẫu)", "url": ""},
        ],
        "author": "Lê Văn Thử",
        "source": "Văn phòng UBND tỉnh An Giang",
        "published_at": "2026-10-20 17:30",
        "tags": ["Phòng, chống thiên tai", "Tin giả"],
    },
]
