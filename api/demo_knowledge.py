# ruff: noqa: RUF001  (the articles are Chinese: full-width punctuation is the text itself)
"""Demo data of the knowledge context (loaded by api.demo_data.load_demo): 30 published articles in
Chinese (门店常见问题库) for the demo's ticket categories, each owned by the department the category is
routed to (TICKET_ROUTES in api/demo_data.py), with one saved version each; the stock-system one
about scanners is what a draft "扫描枪连不上库存" is offered."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.knowledge import rules
from domain.knowledge.models import ArticleStatus, KnowledgeArticle, KnowledgeArticleVersion

# category -> owning department code (as routed in the demo)
OWNERS = {
    "stock-system": "IT",
    "pos": "IT",
    "merchandise": "MER",
    "pricing": "MER",
    "customer-complaint": "CS",
    "staffing": "OPS",
    "payroll": "FIN",
}

# (category, title, body, tags)
ARTICLES: list[tuple[str, str, str, list[str]]] = [
    (
        "stock-system",
        "扫描枪无法连接库存系统",
        "1. 检查扫描枪电量，低于20%请先充电。\n2. 在扫描枪设置中重新配对蓝牙底座。\n"
        "3. 重启库存系统客户端后重新登录。\n仍无法连接请提交工单并注明扫描枪编号。",
        ["扫描枪", "蓝牙", "库存"],
    ),
    (
        "stock-system",
        "盘点数据与系统库存不一致",
        "先确认盘点单已全部提交；系统每晚2点同步。次日仍不一致时，导出差异表并附在工单中。",
        ["盘点", "差异"],
    ),
    (
        "stock-system",
        "收货单无法确认",
        "检查送货单号是否已由配送中心发出；未发出的单据无法确认。可在“收货-待确认”中刷新。",
        ["收货", "配送"],
    ),
    (
        "stock-system",
        "库存系统登录提示密码过期",
        "密码每90天需更换一次。在登录页点“忘记密码”，用工号和手机号重置。",
        ["登录", "密码"],
    ),
    (
        "stock-system",
        "调拨单一直显示在途",
        "调出门店需在系统中确认发货，调入门店扫码收货后状态才会变为完成。",
        ["调拨"],
    ),
    (
        "pos",
        "收银机小票打印机卡纸",
        "打开打印机盖，取出卡住的纸，按纸卷方向重新装入，合盖后打印测试页。",
        ["打印机", "小票"],
    ),
    (
        "pos",
        "收银机无法连接网络",
        "检查网线与交换机指示灯；重启收银机。离线模式下可继续收银，联网后自动上传。",
        ["网络", "离线"],
    ),
    (
        "pos",
        "扫码支付提示失败但顾客已扣款",
        "不要重复收款。在“交易查询”中按时间查找该笔订单，状态为成功即可出小票；否则为顾客办理原路退款。",
        ["支付", "退款"],
    ),
    ("pos", "会员卡无法积分", "确认顾客手机号已注册会员；交易完成后积分最多延迟10分钟到账。", ["会员", "积分"]),
    ("pos", "钱箱无法弹开", "检查钱箱钥匙是否在锁定位置；在收银机设置中测试钱箱，仍失败请提交工单。", ["钱箱"]),
    (
        "merchandise",
        "商品到货破损如何处理",
        "拍照留存外包装与破损商品，在收货单上备注破损数量，系统将生成退货申请。",
        ["破损", "退货"],
    ),
    ("merchandise", "陈列图与实际货架不符", "以最新一期陈列图为准；货架尺寸不符时拍照并注明货架编号提交。", ["陈列"]),
    ("merchandise", "新品未到店", "新品按区域分批配送，可在“商品-新品计划”查看本店到货日期。", ["新品", "配送"]),
    (
        "merchandise",
        "临期商品怎么处理",
        "保质期剩余三分之一时移至临期专区并按规定折扣销售；过期商品立即下架登记报损。",
        ["临期", "报损"],
    ),
    (
        "pricing",
        "价签与收银价格不一致",
        "以系统价格为准收银，立即更换价签；促销价签需在促销开始前一晚更换。",
        ["价签", "促销"],
    ),
    ("pricing", "促销活动未生效", "确认活动门店范围与时间；活动在开始时间后5分钟内同步到收银机。", ["促销"]),
    ("pricing", "电子价签不显示", "检查价签电池与基站指示灯；价签离基站超过30米会失联。", ["电子价签"]),
    ("pricing", "会员价如何设置", "会员价由总部统一设置，门店无法修改；特殊需求请提交工单说明理由。", ["会员价"]),
    (
        "customer-complaint",
        "顾客投诉商品质量",
        "先致歉并了解情况，按无理由退换货规定处理；重大投诉请当天提交工单。",
        ["投诉", "退换货"],
    ),
    (
        "customer-complaint",
        "顾客要求开具发票",
        "在收银机“发票”菜单中按订单号开具电子发票，发送到顾客邮箱或手机。",
        ["发票"],
    ),
    ("customer-complaint", "顾客遗失物品", "登记遗失物品与发现时间，保管30天；顾客认领时核对身份。", ["失物"]),
    (
        "customer-complaint",
        "顾客在店内受伤",
        "立即提供帮助，必要时拨打120；保留监控，并在当天提交工单说明经过。",
        ["安全"],
    ),
    (
        "staffing",
        "排班后员工临时请假",
        "店长在排班中标记请假，系统会推荐可调班的同事；无人可调时提交工单申请支援。",
        ["排班", "请假"],
    ),
    (
        "staffing",
        "新员工入职当天需要准备什么",
        "准备工牌、储物柜与培训账号；入职第一天安排带教同事。",
        ["入职", "培训"],
    ),
    (
        "staffing",
        "门店人手不足如何申请支援",
        "在系统中发起借调申请，写明日期、岗位和人数，由区域经理审批。",
        ["借调", "支援"],
    ),
    (
        "staffing",
        "打卡失败怎么办",
        "确认手机定位已开启且在门店范围内；仍失败可由店长补录并说明原因。",
        ["打卡", "考勤"],
    ),
    ("payroll", "工资条在哪里查看", "在手机应用“我的-工资条”中查看，首次查看需验证手机号。", ["工资条"]),
    (
        "payroll",
        "加班费没有计入工资",
        "加班需在排班或考勤中由店长确认；确认后的加班在下月工资中发放。",
        ["加班", "工资"],
    ),
    ("payroll", "个税专项扣除如何填报", "在个人所得税应用中填报，填报后下个月工资自动按新的扣除计算。", ["个税"]),
    ("payroll", "工资卡变更", "提交新的本人银行卡信息，由财务部在每月20日前变更，当月生效。", ["工资卡", "银行卡"]),
]


async def demo_knowledge(
    session: AsyncSession,
    *,
    now: datetime,
    today: date,
    people: dict[str, uuid.UUID],
    accounts: dict[str, uuid.UUID],
    units: dict[str, uuid.UUID],
) -> None:
    """people: demo e-mail -> employee id; accounts: demo e-mail -> account id; units: code -> id."""
    author = accounts.get("admin@demo.example")
    articles: list[dict[str, object]] = []
    versions: list[dict[str, object]] = []
    for position, (category, title, body, tags) in enumerate(ARTICLES):
        article_id = uuid.uuid4()
        at = now - timedelta(days=60 - position)
        articles.append(
            {
                "id": article_id,
                "title": title,
                "body": body,
                "category": category,
                "tags": tags,
                "tag_keys": rules.tag_keys(tags),
                "title_text": rules.fold(title),
                "search_text": rules.searchable_text(title, tags, body),
                "department_id": units[f"D-{OWNERS[category]}"],
                "status": ArticleStatus.PUBLISHED,
                "revision": 1,
                "version": 2,
                "source_ticket_id": None,
                "created_by": author,
                "updated_by": author,
                "created_at": at,
                "updated_at": at,
                "published_at": at,
            }
        )
        versions.append(
            {
                "article_id": article_id,
                "revision": 1,
                "title": title,
                "body": body,
                "category": category,
                "tags": tags,
                "edited_by": author,
                "edited_at": at,
            }
        )
    await session.execute(insert(KnowledgeArticle), articles)
    await session.execute(insert(KnowledgeArticleVersion), versions)
