# Uygulamanın her yerinde kullanılan sözcükler: adı ve OKX'in kullandığı adlar.
# Terimler ("-" ile başlayanlar) mesajların içine yazılır; tek başlarına hiç gösterilmez.

-app-name = OKX Key Assistant
-okx = OKX


problem-internal = { -app-name } içinde bir şeyler ters gitti.
    .fix = Bu, { -app-name } uygulamasındaki bir hatadır. Lütfen yeniden deneyin; sorun sürerse uygulamanın günlük kaydıyla birlikte bildirin.
