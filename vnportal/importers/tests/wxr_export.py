"""A small WordPress export of a former commune portal, written for these tests."""

WXR = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Cổng thông tin xã Nam Thái (cũ)</title>
  <link>https://namthai.example.gov.vn</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <item>
    <title>Xã Nam Thái ra quân nạo vét kênh nội đồng</title>
    <link>https://namthai.example.gov.vn/2023/03/ra-quan-nao-vet-kenh/</link>
    <pubDate>Wed, 15 Mar 2023 01:15:00 +0000</pubDate>
    <dc:creator><![CDATA[bientap]]></dc:creator>
    <content:encoded><![CDATA[Sáng 15/3, xã Nam Thái ra quân nạo vét kênh nội đồng.

Hơn 200 người dân tham gia.
<img src="https://namthai.example.gov.vn/wp-content/uploads/2023/03/kenh.png"
  alt="Người dân nạo vét kênh" />

Xem <a
href="https://namthai.example.gov.vn/wp-content/uploads/2023/03/ke-hoach.pdf"
>kế hoạch nạo vét</a>.]]></content:encoded>
    <excerpt:encoded><![CDATA[Người dân góp công làm thủy lợi.]]></excerpt:encoded>
    <wp:post_id>11</wp:post_id>
    <wp:post_date><![CDATA[2023-03-15 08:15:00]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[2023-03-15 01:15:00]]></wp:post_date_gmt>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <wp:status><![CDATA[publish]]></wp:status>
    <category domain="category" nicename="tin-dia-phuong"><![CDATA[Tin địa phương]]></category>
    <category domain="post_tag" nicename="thuy-loi"><![CDATA[thủy lợi]]></category>
  </item>
  <item>
    <title>Bản nháp chưa đăng</title>
    <link>https://namthai.example.gov.vn/?p=12</link>
    <content:encoded><![CDATA[Chưa xong.]]></content:encoded>
    <wp:post_id>12</wp:post_id>
    <wp:post_date><![CDATA[2023-04-01 10:00:00]]></wp:post_date>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <wp:status><![CDATA[draft]]></wp:status>
  </item>
  <item>
    <title>Giới thiệu xã Nam Thái</title>
    <link>https://namthai.example.gov.vn/gioi-thieu/</link>
    <content:encoded><![CDATA[<p>Xã Nam Thái có 8 ấp, diện tích tự nhiên 120 km².</p>]]>
    </content:encoded>
    <wp:post_id>2</wp:post_id>
    <wp:post_date><![CDATA[2020-01-02 09:00:00]]></wp:post_date>
    <wp:post_type><![CDATA[page]]></wp:post_type>
    <wp:status><![CDATA[publish]]></wp:status>
  </item>
  <item>
    <title>kenh.png</title>
    <link>https://namthai.example.gov.vn/kenh/</link>
    <wp:post_id>13</wp:post_id>
    <wp:post_type><![CDATA[attachment]]></wp:post_type>
    <wp:status><![CDATA[inherit]]></wp:status>
    <wp:attachment_url
      >https://namthai.example.gov.vn/wp-content/uploads/2023/03/kenh.png</wp:attachment_url>
  </item>
</channel>
</rss>
"""
