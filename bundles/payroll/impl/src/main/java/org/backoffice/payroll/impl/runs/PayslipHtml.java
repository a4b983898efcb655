package org.backoffice.payroll.impl.runs;

import java.math.BigDecimal;

import org.backoffice.payroll.api.rules.ComponentKind;
import org.backoffice.payroll.api.runs.Payslip;
import org.backoffice.payroll.api.runs.PayslipLine;
import org.backoffice.payroll.api.runs.Segment;
import org.backoffice.platform.support.text.Html;

/** A payslip as a printable, self-contained HTML page (UTF-8; names in any script). */
final class PayslipHtml {

    private PayslipHtml() {
    }

    static String render(Payslip p) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Payslip ")
                .append(Html.escape(p.employee())).append(' ').append(Html.escape(p.period()))
                .append("</title><style>body{font-family:sans-serif}td.n{text-align:right}"
                        + "table{border-collapse:collapse}td,th{padding:2px 8px}</style></head><body>")
                .append("<h1>Payslip ").append(Html.escape(p.period())).append("</h1><p>")
                .append(Html.escape(p.employeeName() == null ? "" : p.employeeName())).append(" (")
                .append(Html.escape(p.employee())).append(")</p><table><tr><th>From</th><th>To</th><th>Days</th>"
                        + "<th>Base pay</th><th>FTE</th></tr>");
        for (Segment s : p.segments()) {
            html.append("<tr><td>").append(s.from()).append("</td><td>").append(s.to()).append("</td><td class=n>")
                    .append(s.payDays()).append("</td><td class=n>").append(s.basePay().toPlainString())
                    .append("</td><td class=n>").append(s.fte().toPlainString()).append("</td></tr>");
        }
        html.append("</table><table><tr><th>Code</th><th>Component</th><th>For</th><th>Base</th><th>Rate</th>"
                + "<th>Amount</th><th>Year to date</th></tr>");
        for (ComponentKind kind : ComponentKind.values()) {
            for (PayslipLine line : p.lines()) {
                if (line.kind() == kind) {
                    html.append("<tr class=\"").append(kind.name().toLowerCase()).append("\"><td>")
                            .append(Html.escape(line.code())).append("</td><td>").append(Html.escape(line.name()))
                            .append("</td><td>").append(line.arrearsFor() == null ? "" : Html.escape(line.arrearsFor()))
                            .append("</td><td class=n>").append(plain(line.base())).append("</td><td class=n>")
                            .append(plain(line.rate())).append("</td><td class=n>").append(plain(line.amount()))
                            .append("</td><td class=n>").append(plain(line.ytd())).append("</td></tr>");
                }
            }
        }
        html.append("</table><table><tr><td>Gross</td><td class=n>").append(plain(p.gross()))
                .append("</td></tr><tr><td>Deductions</td><td class=n>").append(plain(p.deductions()))
                .append("</td></tr><tr><td><b>Net pay</b></td><td class=n><b>").append(plain(p.net()))
                .append(' ').append(Html.escape(p.currency())).append("</b></td></tr><tr><td>Employer contributions")
                .append("</td><td class=n>").append(plain(p.employerCost())).append("</td></tr><tr><td>Gross year to")
                .append(" date</td><td class=n>").append(plain(p.ytdGross())).append("</td></tr><tr><td>Net year to")
                .append(" date</td><td class=n>").append(plain(p.ytdNet())).append("</td></tr></table></body></html>");
        return html.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
