using Bunit;
using Bunit.Rendering;
using LeaveBlazor.Tests.Support;
using LeaveBlazor.Web.Components.Pages.Leave;

namespace LeaveBlazor.Tests.Components;

/// <summary>Base for tests of the new-request form as Alex sees it: opening it, typing into it, reading what it says.</summary>
public abstract class NewRequestFormTest : LeavePageTest
{
    protected IRenderedComponent<ContainerFragment> OpenForm()
    {
        SignIn(TestPeople.Alex);
        var page = RenderPage<NewRequest>();
        page.WaitForElement("button[data-testid=submit]");
        return page;
    }

    /// <summary>Types into a field's text box and leaves it, as a person using the keyboard does (a date picker commits then).</summary>
    protected static void Type(IRenderedComponent<ContainerFragment> page, string testId, string text) =>
        page.Find($"input[data-testid={testId}]").Change(text);

    protected static string TextOf(IRenderedComponent<ContainerFragment> page) =>
        Normalised(string.Concat(page.Nodes.Select(n => n.TextContent)));
}
