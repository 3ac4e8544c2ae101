package co.secop.robot.report;

/** The inline stylesheet of {@code reporte.html}: system fonts only, readable on screen and on paper. */
final class ReportStyle {

    private ReportStyle() {}

    static final String CSS = """
            :root {
              --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --paper: #ffffff; --bg: #f3f5f8;
              --accent: #0b4f8a;
              --sent: #1e7b34; --sent-bg: #e3f4e8;
              --corrected: #0f6e66; --corrected-bg: #ddf2ef;
              --filed: #2f4f9e; --filed-bg: #e6ecfa;
              --dry: #6b3fa0; --dry-bg: #f0e8fa;
              --failed: #b42318; --failed-bg: #fdeceb;
              --invalid: #a14a00; --invalid-bg: #fff1e0;
            }
            * { box-sizing: border-box; }
            html { background: var(--bg); }
            body { margin: 0; color: var(--ink); font: 15px/1.5 "Segoe UI", Roboto, "Helvetica Neue", Arial,
                   "Noto Sans", "Liberation Sans", sans-serif; }
            .page { max-width: 1180px; margin: 0 auto; padding: 28px 24px 40px; }
            h1 { font-size: 26px; margin: 0; color: var(--accent); }
            h2 { font-size: 19px; margin: 0 0 12px; }
            h3 { font-size: 16px; margin: 0; }
            h4 { font-size: 13px; margin: 16px 0 8px; text-transform: uppercase; letter-spacing: .04em;
                 color: var(--muted); }
            a { color: var(--accent); }
            code { background: #eef1f5; padding: 1px 5px; border-radius: 4px; font-size: 13px; }
            .top { border-bottom: 3px solid var(--accent); padding-bottom: 10px; margin-bottom: 18px; }
            .subtitle { margin: 4px 0 0; color: var(--muted); }
            .banner, .verdict { border-radius: 8px; padding: 12px 16px; margin: 0 0 14px; font-size: 16px; }
            .banner.dry { background: var(--dry-bg); color: var(--dry); border: 2px dashed var(--dry); }
            .verdict.good { background: var(--sent-bg); color: var(--sent); border-left: 6px solid var(--sent); }
            .verdict.bad { background: var(--failed-bg); color: var(--failed); border-left: 6px solid var(--failed); }
            .verdict.neutral { background: var(--paper); color: var(--muted); border-left: 6px solid var(--line); }
            .card, .row-detail { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
                                 padding: 18px 20px; margin: 0 0 18px; }
            dl { margin: 0; }
            dt { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
            dd { margin: 0; overflow-wrap: anywhere; }
            .info { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 12px 24px; }
            .meta { display: flex; flex-wrap: wrap; gap: 8px 32px; margin-top: 10px; }
            .counters { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 10px;
                        margin: 0 0 18px; }
            .counter { background: var(--paper); border: 1px solid var(--line); border-top: 5px solid var(--line);
                       border-radius: 10px; padding: 10px 12px; }
            .counter .n { display: block; font-size: 28px; font-weight: 700; line-height: 1.1; }
            .counter .l { display: block; font-size: 13px; color: var(--muted); }
            .counter.st-sent { border-top-color: var(--sent); } .counter.st-sent .n { color: var(--sent); }
            .counter.st-corrected { border-top-color: var(--corrected); }
            .counter.st-corrected .n { color: var(--corrected); }
            .counter.st-already-filed { border-top-color: var(--filed); }
            .counter.st-already-filed .n { color: var(--filed); }
            .counter.st-dry-run { border-top-color: var(--dry); } .counter.st-dry-run .n { color: var(--dry); }
            .counter.st-failed { border-top-color: var(--failed); } .counter.st-failed .n { color: var(--failed); }
            .counter.st-invalid { border-top-color: var(--invalid); }
            .counter.st-invalid .n { color: var(--invalid); }
            .counter.zero .n { color: #b0b8c3; }
            .counter.total { border-top-color: var(--ink); }
            .counter.money-total { grid-column: span 2; }
            .counter.money-total .n { color: var(--sent); white-space: nowrap; }
            .table-wrap { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; }
            table.rows th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .04em;
                            color: var(--muted); border-bottom: 2px solid var(--line); padding: 8px 10px;
                            white-space: nowrap; }
            table.rows td { border-bottom: 1px solid var(--line); padding: 9px 10px; vertical-align: top; }
            table.rows tr.attention td:first-child { box-shadow: inset 4px 0 0 var(--failed); }
            table.rows tbody tr:nth-child(even) { background: #fafbfc; }
            .info .wide { grid-column: 1 / -1; }
            td.nowrap, td.num, td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.msg { min-width: 260px; white-space: pre-line; }
            .pill { display: inline-block; border-radius: 999px; padding: 2px 10px; font-size: 13px; font-weight: 600;
                    white-space: nowrap; background: #eef1f5; color: var(--muted); }
            .pill.st-sent { background: var(--sent-bg); color: var(--sent); }
            .pill.st-corrected { background: var(--corrected-bg); color: var(--corrected); }
            .pill.st-already-filed { background: var(--filed-bg); color: var(--filed); }
            .pill.st-dry-run { background: var(--dry-bg); color: var(--dry); }
            .pill.st-failed { background: var(--failed-bg); color: var(--failed); }
            .pill.st-invalid { background: var(--invalid-bg); color: var(--invalid); }
            .pill.st-planilla-pending { background: var(--invalid-bg); color: var(--invalid); }
            .counter.st-planilla-pending { border-top-color: var(--invalid); }
            .counter.st-planilla-pending .n { color: var(--invalid); }
            .row-detail.attention { border-left: 5px solid var(--failed); }
            .row-detail.ok { border-left: 5px solid var(--sent); }
            .row-detail > header { display: flex; align-items: center; justify-content: space-between; gap: 12px;
                                   flex-wrap: wrap; }
            .message { margin: 10px 0 0; white-space: pre-line; }
            .row-detail.attention .message { color: var(--failed); font-weight: 600; }
            ol.timeline { list-style: none; margin: 0; padding: 0 0 0 4px; }
            ol.trace img.trace-shot { display: block; max-width: 360px; border: 1px solid var(--line); margin: 6px 0; }
            ol.trace .trace-url { color: #5b6472; font-size: 12px; word-break: break-all; }
            ol.timeline li { position: relative; padding: 0 0 10px 22px; border-left: 2px solid var(--line);
                             margin-left: 6px; }
            ol.timeline li:last-child { border-left-color: transparent; padding-bottom: 0; }
            ol.timeline li::before { content: ""; position: absolute; left: -7px; top: 5px; width: 12px; height: 12px;
                                     border-radius: 50%; background: var(--paper); border: 2px solid var(--accent); }
            .gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; }
            figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; background: #fafbfc; }
            figure img { display: block; width: 100%; height: 150px; object-fit: cover; object-position: top;
                         background: #eef1f5; }
            figcaption { font-size: 12px; color: var(--muted); padding: 6px 8px; overflow-wrap: anywhere; }
            ul.files { margin: 0; padding-left: 20px; }
            details { margin-top: 14px; }
            summary { cursor: pointer; color: var(--accent); }
            table.input { margin-top: 8px; font-size: 14px; }
            table.input th { text-align: left; font-weight: 600; color: var(--muted); padding: 4px 12px 4px 0;
                             width: 30%; vertical-align: top; }
            table.input td { padding: 4px 0; overflow-wrap: anywhere; }
            footer { color: var(--muted); font-size: 13px; margin-top: 24px; }
            td.money, th.money { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            table.rows tfoot th { text-align: right; padding: 10px; border-top: 2px solid var(--line); }
            table.rows tfoot td { padding: 10px; border-top: 2px solid var(--line); font-weight: 700; }
            .todo { background: #fff8e6; border: 1px solid #f0d58a; border-radius: 8px; padding: 10px 14px;
                    margin: 12px 0 0; }
            .todo p { margin: 0 0 6px; }
            pre.cmd { margin: 6px 0 0; padding: 8px 10px; background: #1f2933; color: #f3f5f8; border-radius: 6px;
                      overflow-x: auto; white-space: pre; font-size: 13px; user-select: all; }
            pre.cmd code { background: none; color: inherit; padding: 0; }
            a.full { white-space: nowrap; }
            img { max-width: 100%; }
            @media (max-width: 640px) {
              body { font-size: 14px; }
              .page { padding: 14px 10px 28px; }
              h1 { font-size: 21px; }
              .card, .row-detail { padding: 12px; }
              .info { grid-template-columns: 1fr; }
              .info .wide { grid-column: auto; }
              .counters { grid-template-columns: repeat(2, 1fr); }
              .counter .n { font-size: 22px; }
              td.msg { min-width: 200px; }
              .gallery { grid-template-columns: 1fr; }
              .meta { gap: 6px 18px; }
              table.input th { width: 40%; }
              ol.trace img.trace-shot { max-width: 100%; }
            }
            @media print {
              html { background: #fff; }
              .page { padding: 0; max-width: none; }
              .row-detail, .card, .counter { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
              figure img { height: auto; max-height: 260px; object-fit: contain; }
            }
            """;
}
