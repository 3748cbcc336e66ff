using QRCoder;

namespace LeaveBlazor.Web.Identity.TwoFactor;

/// <summary>The QR code an authenticator app scans, as a PNG in a data URI (the page's policy allows data: images).</summary>
public static class AuthenticatorQrCode
{
    public static string ImageOf(string otpAuthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpAuthUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return $"data:image/png;base64,{Convert.ToBase64String(png)}";
    }
}
