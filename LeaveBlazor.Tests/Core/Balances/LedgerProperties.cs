using CsCheck;
using LeaveBlazor.Core.Balances;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Tests.Core.Balances;

/// <summary>
/// Random sequences of submit, approve, reject, cancel, adjust, waiting (with the year end run as the hourly job would)
/// and the year end run twice, on a real database: afterwards every balance is its granted days plus carried-over days
/// plus adjustments minus the approved days of that year, each request is charged exactly its working days while it is
/// approved and nothing otherwise, and a second year-end run in a row writes nothing.
/// </summary>
public sealed class LedgerProperties
{
    private static readonly TestPerson[] Requesters = [TestPeople.Alex, TestPeople.Sam];

    private abstract record Step;

    private sealed record Submit(int Person, int Offset, int Length, bool Sick, bool HalfDayStart) : Step;

    private sealed record Decide(int Pick, LeaveStatus Outcome) : Step;

    private sealed record Adjust(int Person, int HalfDays, bool NextYear) : Step;

    private sealed record Wait(int Days) : Step;

    private sealed record YearEndTwice : Step;

    private static readonly Gen<Step> Steps = Gen.Frequency(
        (6, Gen.Select(Gen.Int[0, 1], Gen.Int[0, 60], Gen.Int[0, 9], Gen.Bool, Gen.Bool).Select(t => (Step)new Submit(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5))),
        (5, Gen.Select(Gen.Int[0, 20], Gen.OneOf(LeaveStatus.Approved, LeaveStatus.Rejected, LeaveStatus.Cancelled)).Select(t => (Step)new Decide(t.Item1, t.Item2))),
        (2, Gen.Select(Gen.Int[0, 1], Gen.Int[-6, 6].Where(h => h != 0), Gen.Bool).Select(t => (Step)new Adjust(t.Item1, t.Item2, t.Item3))),
        (3, Gen.Int[1, 75].Select(d => (Step)new Wait(d))),
        (1, Gen.Const((Step)new YearEndTwice())));

    [Fact]
    public async Task Every_balance_is_granted_plus_carried_plus_adjustments_minus_approved_days_and_no_day_counts_twice() =>
        await Steps.Array[4, 24].SampleAsync(async steps =>
        {
            await using var database = await LeaveTestDatabase.CreateAsync();
            await database.ChangeLeaveTypeAsync("Annual", t => t with { CarryOverMaxDays = 5, CarryOverExpiryDay = 31, CarryOverExpiryMonth = 3 });
            var model = new Model();
            await model.RunYearEndAsync(database);
            foreach (var step in steps)
            {
                await model.TakeAsync(database, step);
            }

            await model.CheckAsync(database);
        }, iter: 25, threads: 1);

    private sealed class Model
    {
        private readonly List<LeaveRequest> _requests = [];
        private readonly Dictionary<(string Person, int Year), decimal> _adjusted = [];
        private readonly HashSet<int> _yearsRun = [];

        public async Task RunYearEndAsync(LeaveTestDatabase database)
        {
            await database.RunYearEndAsync();
            _yearsRun.Add(database.Time.GetUtcNow().Year);
        }

        public async Task TakeAsync(LeaveTestDatabase database, Step step)
        {
            var today = DateOnly.FromDateTime(database.Time.GetUtcNow().UtcDateTime);
            try
            {
                switch (step)
                {
                    case Submit s:
                        var first = today.AddDays(s.Offset);
                        var input = LeaveInput.Annual(first, first.AddDays(s.Length)) with { LeaveType = s.Sick ? "Sick" : "Annual", HalfDayStart = s.HalfDayStart && !s.Sick };
                        _requests.Add(await database.SubmitAsync(input, Requesters[s.Person]));
                        break;
                    case Decide d when _requests.Count > 0:
                        var request = _requests[d.Pick % _requests.Count];
                        await (d.Outcome switch
                        {
                            LeaveStatus.Approved => database.ApproveAsync(request),
                            LeaveStatus.Rejected => database.RejectAsync(request),
                            _ => database.CancelAsync(request, Requesters.Single(p => p.Id == request.RequesterId)),
                        });
                        break;
                    case Adjust a:
                        var year = today.Year + (a.NextYear ? 1 : 0);
                        await database.AdjustAsync(Requesters[a.Person], year, a.HalfDays / 2m);
                        _adjusted[(Requesters[a.Person].Id, year)] = _adjusted.GetValueOrDefault((Requesters[a.Person].Id, year)) + a.HalfDays / 2m;
                        break;
                    case Wait w:
                        database.Time.Advance(TimeSpan.FromDays(w.Days));
                        await RunYearEndAsync(database);
                        break;
                    case YearEndTwice:
                        await RunYearEndAsync(database);
                        Assert.Equal(YearEndRun.Nothing, await database.RunYearEndAsync());
                        break;
                }
            }
            catch (LeaveRuleException)
            {
                // Refused (a clash, a decided request, a weekend): the checks below prove it wrote nothing.
            }
        }

        public async Task CheckAsync(LeaveTestDatabase database)
        {
            var lines = await database.AllLinesAsync();
            var requests = await database.InScopeAsync<LeaveDbContext, List<LeaveRequest>>(db => db.LeaveRequests.AsNoTracking().ToListAsync());
            var annual = (await database.LeaveTypeAsync("Annual")).Id;
            var calendar = StandardCalendar.Of(database.Services);

            foreach (var request in requests)
            {
                var charged = lines.Where(l => l.LeaveRequestId == request.Id).GroupBy(l => l.Year).Select(g => (g.Key, -g.Sum(l => l.Days))).Where(c => c.Item2 != 0).OrderBy(c => c.Key).ToList();
                Assert.Equal(request.Status == LeaveStatus.Approved ? DaysByYear(request, calendar) : [], charged);
            }

            var years = lines.Select(l => l.Year).Concat(_yearsRun).Distinct();
            foreach (var person in Requesters)
            {
                foreach (var year in years)
                {
                    var account = lines.Where(l => l.EmployeeId == person.Id && l.LeavePolicyId == annual && l.Year == year).ToList();
                    decimal Sum(params BalanceEntryKind[] kinds) => account.Where(l => kinds.Contains(l.Kind)).Sum(l => l.Days);
                    var approved = requests.Where(r => r.RequesterId == person.Id && r.LeavePolicyId == annual && r.Status == LeaveStatus.Approved)
                        .SelectMany(r => DaysByYear(r, calendar)).Where(d => d.Year == year).Sum(d => d.Days);
                    var carriedIn = account.Where(l => l.Key == YearEndSteps.CarriedInKey).Sum(l => l.Days);
                    var carriedOut = account.Where(l => l.Key == YearEndSteps.CarriedOutKey).Sum(l => l.Days);
                    var expired = Sum(BalanceEntryKind.CarryOverExpired);

                    Assert.Equal(_yearsRun.Contains(year) ? 25 : 0, Sum(BalanceEntryKind.Granted, BalanceEntryKind.ProRata, BalanceEntryKind.Accrued));
                    Assert.Equal(_adjusted.GetValueOrDefault((person.Id, year)), Sum(BalanceEntryKind.Adjusted));
                    Assert.Equal(-carriedOut, lines.Where(l => l.EmployeeId == person.Id && l.LeavePolicyId == annual && l.Year == year + 1 && l.Key == YearEndSteps.CarriedInKey).Sum(l => l.Days));
                    Assert.InRange(carriedIn, 0, 5);
                    Assert.InRange(-expired, 0, carriedIn);
                    Assert.Equal(Sum(BalanceEntryKind.Granted, BalanceEntryKind.ProRata, BalanceEntryKind.Accrued) + carriedIn + carriedOut + expired + Sum(BalanceEntryKind.Adjusted) - approved,
                        (await database.BalanceAsync(person, year)).Balance);
                }
            }
        }

        /// <summary>The request's working days per year, counted here on the test people's calendar; the last year takes the rest.</summary>
        private static List<(int Year, decimal Days)> DaysByYear(LeaveRequest request, WorkingDayCalendar calendar)
        {
            var parts = request.Dates.ByYear().ToList();
            var days = parts.Select(p => (p.FirstDay.Year, p == parts[^1] ? request.WorkingDays - parts.SkipLast(1).Sum(calendar.Count) : calendar.Count(p))).ToList();
            return days.Where(d => d.Item2 != 0).ToList();
        }
    }
}
