using System.Text;
using LeaveBlazor.Core.Balances;

namespace LeaveBlazor.Tests.Core.Balances;

/// <summary>What payroll's spreadsheet gets: text that could run as a formula neutralised, numbers and dates as they are, UTF-8 with a BOM.</summary>
public sealed class PayrollCsvTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@HYPERLINK(\"x\")", "'@HYPERLINK(\"x\")")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("\rReturn", "'\rReturn")]
    public void Text_starting_with_a_formula_character_gets_a_quote_in_front(string text, string cell)
    {
        Assert.Equal(cell, PayrollCsv.Neutralised(text));
    }

    [Theory]
    [InlineData("Eve = Formula")]
    [InlineData("alex@leaveblazor.test")]
    [InlineData("'quoted")]
    [InlineData(" =spaced")]
    [InlineData("")]
    public void Text_not_starting_with_one_is_left_as_it_is(string text)
    {
        Assert.Equal(text, PayrollCsv.Neutralised(text));
    }

    [Fact]
    public void File_is_utf8_with_a_byte_order_mark_and_crlf_records()
    {
        var file = PayrollCsv.Write(["name"], ["Zoë"], name => [name]);

        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("name\r\nZoë\r\n")], file);
    }

    [Fact]
    public void Negative_days_stay_numbers_and_dates_are_iso()
    {
        var file = PayrollCsv.Write(["days", "year", "day"], [1], _ => [-1.5m, 2027, new DateOnly(2027, 3, 1)]);

        Assert.Equal("days,year,day\r\n-1.5,2027,2027-03-01\r\n", Encoding.UTF8.GetString(file.AsSpan(3)));
    }

    [Fact]
    public void Neutralised_text_with_a_comma_is_quoted_whole()
    {
        var file = PayrollCsv.Write(["name"], ["=1,2"], name => [name]);

        Assert.Equal("name\r\n\"'=1,2\"\r\n", Encoding.UTF8.GetString(file.AsSpan(3)));
    }
}
