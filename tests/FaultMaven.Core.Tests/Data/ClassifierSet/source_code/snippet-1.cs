using System.Net.Http;

namespace Shop.Payments;

public sealed class PaymentClient(HttpClient http)
{
    public async Task<bool> ChargeAsync(decimal amount, CancellationToken cancellationToken)
    {
        var response = await http.PostAsync("charge", null, cancellationToken);
        return response.IsSuccessStatusCode;
    }
}
